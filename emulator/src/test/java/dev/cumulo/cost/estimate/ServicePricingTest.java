package dev.cumulo.cost.estimate;

import static dev.cumulo.cost.Amounts.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.cost.Dollars;
import dev.cumulo.cost.catalog.Catalogs;
import dev.cumulo.cost.usage.BucketStorage;
import dev.cumulo.cost.usage.Origin;
import dev.cumulo.cost.usage.Service;
import dev.cumulo.cost.usage.ServiceRequestUsage;
import dev.cumulo.cost.usage.UsageSnapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServicePricingTest {
  private final SessionPricer pricer = new SessionPricer(Catalogs.aws());

  private static ServiceRequestUsage request(Service service, String resource, String operation, long payload) {
    return new ServiceRequestUsage(service, resource, operation, payload, 0, Origin.IN_REGION);
  }

  @Test
  void sqsActionWith256KbPayloadIsBilledAsFourRequests() {
    ServiceRequestCost cost = pricer.price(request(Service.SQS, "jobs", "SendMessage", 262_144));
    assertEquals(List.of("4", "0.0000016"), List.of(String.valueOf(cost.units()), plain(cost.requestCharge())));
  }

  @Test
  void sqsPayloadIsChunkedBy64Kib() {
    assertEquals(List.of(1L, 1L, 1L, 2L), List.of(
        pricer.price(request(Service.SQS, "jobs", "ReceiveMessage", 0)).units(),
        pricer.price(request(Service.SQS, "jobs", "SendMessage", 1)).units(),
        pricer.price(request(Service.SQS, "jobs", "SendMessage", 65_536)).units(),
        pricer.price(request(Service.SQS, "jobs", "SendMessage", 65_537)).units()));
  }

  @Test
  void fifoQueueMessageActionsPayFifoRateAndOtherActionsTheStandardRate() {
    assertEquals(List.of("sqs.requests.fifo", "sqs.requests.fifo", "sqs.requests.standard", "sqs.requests.standard"),
        List.of(
            pricer.price(request(Service.SQS, "orders.fifo", "SendMessage", 10)).meterId(),
            pricer.price(request(Service.SQS, "orders.fifo", "ChangeMessageVisibility", 0)).meterId(),
            pricer.price(request(Service.SQS, "orders.fifo", "GetQueueAttributes", 0)).meterId(),
            pricer.price(request(Service.SQS, "orders", "SendMessage", 10)).meterId()));
  }

  @Test
  void s3WritesListsReadsAndDeletesFallInTheirRequestClasses() {
    List<ServiceRequestCost> costs = List.of(
        pricer.price(request(Service.S3, "uploads", "PutObject", 2048)),
        pricer.price(request(Service.S3, "uploads", "ListObjectsV2", 0)),
        pricer.price(request(Service.S3, "uploads", "GetObject", 0)),
        pricer.price(request(Service.S3, "uploads", "HeadObject", 0)),
        pricer.price(request(Service.S3, "uploads", "DeleteObject", 0)));
    assertEquals(
        List.of("s3.requests.tier1:0.000005", "s3.requests.tier1:0.000005", "s3.requests.tier2:0.0000004",
            "s3.requests.tier2:0.0000004", "s3.requests.free:0"),
        costs.stream().map(c -> c.meterId() + ":" + plain(c.total())).toList());
  }

  @Test
  void httpApiRequestsAreMeteredIn512KbIncrements() {
    assertEquals(List.of(1L, 2L), List.of(
        pricer.price(request(Service.API_GATEWAY_HTTP, "api", "Invoke", 524_288)).units(),
        pricer.price(request(Service.API_GATEWAY_HTTP, "api", "Invoke", 524_289)).units()));
  }

  @Test
  void responsesToInternetClientsAreDataTransferOutButInRegionResponsesAreFree() {
    ServiceRequestUsage fromBrowser =
        new ServiceRequestUsage(Service.S3, "site", "GetObject", 0, 1L << 30, Origin.INTERNET);
    ServiceRequestUsage fromFunction =
        new ServiceRequestUsage(Service.S3, "site", "GetObject", 0, 1L << 30, Origin.IN_REGION);
    assertEquals(List.of("0.09", "0"),
        plain(pricer.price(fromBrowser).transferCharge(), pricer.price(fromFunction).transferCharge()));
  }

  @Test
  void restApiExampleOfFiveMillionCallsWithThreeKbResponsesCosts18Dollars79() {
    UsageSnapshot oneCall = new UsageSnapshot(List.of(),
        List.of(new ServiceRequestUsage(Service.API_GATEWAY_REST, "shop", "Invoke", 200, 3 * 1024, Origin.INTERNET)),
        List.of());
    Projection p = new Projector(Catalogs.aws()).project(oneCall,
        new ProjectionRequest(Traffic.perMonth(5_000_000), Optional.empty(), FreeTierMode.NONE));

    assertEquals(List.of("17.5", "1.2874603271484375", "18.7874603271484375"),
        plain(p.serviceTotal("API Gateway"), p.serviceTotal("Data transfer"), p.total()));
    assertEquals(List.of("$17.50", "$1.29", "$18.79"), List.of(Dollars.cents(p.serviceTotal("API Gateway")),
        Dollars.cents(p.serviceTotal("Data transfer")), Dollars.cents(p.total())));
  }

  @Test
  void sqsFreeMillionRequestsAreSharedByStandardAndFifoQueues() {
    UsageSnapshot both = new UsageSnapshot(List.of(), List.of(
        request(Service.SQS, "jobs", "SendMessage", 10),
        request(Service.SQS, "orders.fifo", "SendMessage", 10)), List.of());
    Projection p = new Projector(Catalogs.aws()).project(both,
        new ProjectionRequest(Traffic.perMonth(3_000_000), Optional.empty(), FreeTierMode.ALWAYS_FREE));

    assertEquals(List.of("0.6", "0.75", "0.4", "0.95"), plain(
        p.bill().lines().get(0).charge(), p.bill().lines().get(1).charge(),
        p.bill().credits().get(0).credit(), p.total()));
  }

  @Test
  void bucketStorageIsPricedForTheWholeMonthWhateverTheTraffic() {
    UsageSnapshot stored = new UsageSnapshot(List.of(), List.of(request(Service.S3, "b", "PutObject", 1)),
        List.of(new BucketStorage("b", 10L << 30)));
    Projector projector = new Projector(Catalogs.aws());
    ProjectionRequest idle = new ProjectionRequest(Traffic.perMonth(0), Optional.empty(), FreeTierMode.NONE);

    assertEquals(List.of("0.23", "0.235"), plain(
        projector.project(stored, idle).total(),
        projector.project(stored, idle.withTraffic(Traffic.perMonth(1000))).total()));
  }
}
