package de.willkommenvorort.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginRedirectsTest {

    @Test
    void absolute_addresses_keep_only_their_path() {
        assertThat(SameOriginRedirects.local("http://localhost:8080/my?continue")).isEqualTo("/my?continue");
        assertThat(SameOriginRedirects.local("https://evil.example/x?y=1#z")).isEqualTo("/x?y=1#z");
        assertThat(SameOriginRedirects.local("https://evil.example")).isEqualTo("/");
        assertThat(SameOriginRedirects.local("HTTPS://evil.example?q")).isEqualTo("/?q");
        assertThat(SameOriginRedirects.local("http://evil.example//other.example/x")).isEqualTo("/other.example/x");
    }

    @Test
    void addresses_a_browser_reads_as_another_site_become_paths_of_this_one() {
        assertThat(SameOriginRedirects.local("//evil.example/x")).isEqualTo("/evil.example/x");
        assertThat(SameOriginRedirects.local("/\\evil.example")).isEqualTo("/evil.example");
        assertThat(SameOriginRedirects.local("\\\\evil.example")).isEqualTo("/evil.example");
        assertThat(SameOriginRedirects.local("/\t/evil.example")).isEqualTo("/evil.example");
        assertThat(SameOriginRedirects.local("javascript:alert(1)")).isEqualTo("/");
        assertThat(SameOriginRedirects.local("data:text/html,x")).isEqualTo("/");
    }

    @Test
    void paths_of_this_site_stay_as_they_are() {
        assertThat(SameOriginRedirects.local("/login?error")).isEqualTo("/login?error");
        assertThat(SameOriginRedirects.local("login?locked=12")).isEqualTo("login?locked=12");
        assertThat(SameOriginRedirects.local("/offers?q=a%2F%2Fb")).isEqualTo("/offers?q=a%2F%2Fb");
        assertThat(SameOriginRedirects.local("/")).isEqualTo("/");
    }
}
