package de.willkommenvorort.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** One address gets so many API requests a minute, then a clear 429; other addresses are not held up. */
class ApiRateLimitTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ApiRateLimit limit = new ApiRateLimit(3, meters);

    @Test
    void the_fourth_request_of_an_address_in_a_minute_waits_and_another_address_does_not() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("192.0.2.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call("192.0.2.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("at most 3 a minute");
        assertThat(meters.get("wvo.api.refused").counter().count()).isEqualTo(1);

        assertThat(call("192.0.2.2").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String address) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/offers");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
