// Takes orders off the queue in batches and writes a receipt for each to the receipts bucket. About one order in
// twelve fails (the payment "provider" declines it) and is reported back, so the queue redelivers it; after three
// attempts it goes to the dead-letter queue.
const endpoint = process.env.AWS_ENDPOINT_URL || 'http://127.0.0.1:4566';
const bucket = process.env.RECEIPTS_BUCKET || 'cumulo-demo-receipts';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function writeReceipt(order) {
  const key = `receipts/order-${order.orderId}.json`;
  const headers = { 'Content-Type': 'application/json' };
  if (process.env._X_AMZN_TRACE_ID) {
    headers['X-Amzn-Trace-Id'] = process.env._X_AMZN_TRACE_ID;
  }
  const body = JSON.stringify({ ...order, paidAt: new Date().toISOString() });
  const response = await fetch(`${endpoint}/${bucket}/${key}`, { method: 'PUT', headers, body });
  if (!response.ok) {
    throw new Error(`the receipts bucket answered ${response.status}`);
  }
  return key;
}

exports.handler = async (event) => {
  const failures = [];
  for (const record of event.Records || []) {
    let order;
    try {
      order = JSON.parse(record.body);
    } catch (e) {
      console.error(`message ${record.messageId} is not JSON: ${e.message}`);
      failures.push({ itemIdentifier: record.messageId });
      continue;
    }
    await sleep(40 + Math.random() * 160);
    if (Math.random() < 1 / 12) {
      console.warn(`payment declined for order ${order.orderId}; it will be retried`);
      failures.push({ itemIdentifier: record.messageId });
      continue;
    }
    try {
      const key = await writeReceipt(order);
      console.log(`order ${order.orderId} paid, receipt ${key}`);
    } catch (e) {
      console.log(`order ${order.orderId} paid; no receipt written (${e.message})`);
    }
  }
  return { batchItemFailures: failures };
};
