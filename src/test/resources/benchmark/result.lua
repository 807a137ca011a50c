-- The RESULT line every benchmark script prints when wrk is done (LoadBenchmark reads it):
-- requests, seconds, requests per second, p50/p95/p99/max latency in ms, and all errors together.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors))
end
