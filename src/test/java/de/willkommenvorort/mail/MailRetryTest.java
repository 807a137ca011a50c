package de.willkommenvorort.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/** When a mail is tried again, when given up at once, and what staff read about it. */
class MailRetryTest {

    @Test
    void the_wait_doubles_from_one_minute_and_stops_at_four_hours() {
        assertThat(MailRetry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailRetry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailRetry.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailRetry.delayAfter(8)).isEqualTo(Duration.ofMinutes(128));
        assertThat(MailRetry.delayAfter(9)).isEqualTo(Duration.ofHours(4));
        assertThat(MailRetry.delayAfter(500)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_server_that_is_down_or_refuses_the_sign_in_is_tried_again() {
        MailSendException down = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: localhost, 25", new ConnectException("Connection refused")));
        assertThat(MailRetry.permanent(down)).isFalse();
        assertThat(MailRetry.permanent(new MailAuthenticationException("535 Authentication failed"))).isFalse();
    }

    @Test
    void a_recipient_the_server_refuses_or_an_address_that_is_none_fails_at_once() throws Exception {
        SendFailedException refused = new SendFailedException("Invalid Addresses", null, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] {new InternetAddress("gone@example.org")});
        MailSendException send = new MailSendException(Map.of(new Object(), refused));
        assertThat(MailRetry.permanent(send)).isTrue();
        assertThat(MailRetry.permanent(new MailPreparationException(new AddressException("Illegal address")))).isTrue();
    }

    @Test
    void the_description_is_short_and_names_no_address() {
        SendFailedException refused = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <maria.muster@example.org>: Recipient address rejected"));
        String text = MailRetry.describe(new MailSendException(Map.of(new Object(), refused)));
        assertThat(text).contains("550 5.1.1").doesNotContain("maria.muster", "example.org");
        assertThat(MailRetry.describe(new RuntimeException("x".repeat(500)))).hasSize(MailRetry.ERROR_MAX);
    }
}
