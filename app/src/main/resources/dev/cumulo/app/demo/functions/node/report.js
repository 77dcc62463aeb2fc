// Runs on a schedule and "sums up" the day. Now and then it is slow enough to hit its 3 second timeout, so the
// timeline shows what a timeout looks like.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

exports.handler = async (event) => {
  const slow = Math.random() < 0.15;
  console.log(`report for ${event.time || new Date().toISOString()} started${slow ? ' (the database is slow today)' : ''}`);
  await sleep(slow ? 4000 : 100 + Math.random() * 300);
  const orders = Math.floor(Math.random() * 500);
  console.log(`report done: ${orders} orders`);
  return { orders };
};
