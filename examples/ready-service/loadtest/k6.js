// k6 load test of orders: constant arrival rate (open model), thresholds = the service's SLOs.
// Run: k6 run -e BASE_URL=https://orders.staging.example.com -e TOKEN=... --summary-export=reports/k6.json loadtest/k6.js
import http from "k6/http";
import { check } from "k6";

const BASE_URL = __ENV.BASE_URL || "http://127.0.0.1:8080";
const TOKEN = __ENV.TOKEN || "";

export const options = {
  scenarios: {
    browse: {
      executor: "constant-arrival-rate",
      rate: 50,
      timeUnit: "1s",
      duration: "2m",
      preAllocatedVUs: 20,
      maxVUs: 100,
    },
  },
  thresholds: {
    http_req_failed: ["rate<0.01"],
    http_req_duration: ["p(50)<50", "p(95)<200", "p(99)<500"],
    checks: ["rate>0.99"],
  },
};

export default function () {
  const ready = http.get(`${BASE_URL}/readyz`);
  check(ready, { "readyz 200": (r) => r.status === 200 });
  if (TOKEN) {
    const orders = http.get(`${BASE_URL}/orders?limit=10`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    check(orders, { "orders 200": (r) => r.status === 200 });
  }
}
