package de.willkommenvorort.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The readiness probe as a metric ({@code wvo_ready}, 1 or 0), so that an alert on an instance the
 * load balancer no longer sends anything to needs only Prometheus. Read at each scrape: it asks
 * the database and the search index, as the probe does.
 */
@Component
class ReadinessGauge {

    ReadinessGauge(MeterRegistry meters, HealthEndpoint health) {
        Gauge.builder("wvo.ready", health, ReadinessGauge::ready)
                .description("1 while the readiness probe says UP (database and search index answer), else 0")
                .register(meters);
    }

    private static double ready(HealthEndpoint health) {
        HealthDescriptor readiness = health.healthForPath("readiness");
        return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
    }
}
