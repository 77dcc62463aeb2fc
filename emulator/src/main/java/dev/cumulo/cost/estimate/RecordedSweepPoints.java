package dev.cumulo.cost.estimate;

import dev.cumulo.cost.Architecture;
import dev.cumulo.cost.usage.InvocationUsage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The measured sweep points of each recorded function: the median INVOKE duration at every memory size it ran with
 * (a function whose memory was changed between runs has several), and the architecture it ran on most.
 */
public record RecordedSweepPoints(String function, Architecture architecture, List<SweepPoint> points) {

  public RecordedSweepPoints {
    points = List.copyOf(points);
  }

  public static List<RecordedSweepPoints> of(List<InvocationUsage> invocations) {
    Map<String, List<InvocationUsage>> byFunction = invocations.stream()
        .collect(Collectors.groupingBy(InvocationUsage::function, TreeMap::new, Collectors.toList()));
    List<RecordedSweepPoints> result = new ArrayList<>();
    byFunction.forEach((function, runs) -> result.add(new RecordedSweepPoints(function, mostUsed(runs), points(runs))));
    return result;
  }

  private static Architecture mostUsed(List<InvocationUsage> runs) {
    return runs.stream()
        .collect(Collectors.groupingBy(InvocationUsage::architecture, LinkedHashMap::new, Collectors.counting()))
        .entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow();
  }

  private static List<SweepPoint> points(List<InvocationUsage> runs) {
    Map<Integer, List<Double>> bySize = runs.stream().collect(Collectors.groupingBy(
        InvocationUsage::memoryMb, TreeMap::new, Collectors.mapping(InvocationUsage::durationMs, Collectors.toList())));
    return bySize.entrySet().stream()
        .map(e -> SweepPoint.measured(e.getKey(), median(e.getValue())))
        .toList();
  }

  public static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted(Comparator.comparing(Function.identity())).toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
