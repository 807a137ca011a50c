package de.willkommenvorort.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port; the app's mail goes there.
 * Tests read what arrived with {@link Inbox}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    /**
     * On a port chosen once (a free one), so that a test can stop the server, as a mail server
     * fails, and start it again where the app's sender looks for it.
     */
    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.port(freePort()));
        greenMail.start();
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    @Primary
    JavaMailSender testMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    Inbox inbox(GreenMail greenMail) {
        return new Inbox(greenMail);
    }

    /** What the app sent, and the links in it. */
    public record Inbox(GreenMail greenMail) {

        private static final Pattern LINK = Pattern.compile("https?://\\S+");

        public List<MimeMessage> to(String address) {
            return Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        /** Waits up to five seconds for the n-th mail to the address. */
        public MimeMessage await(String address, int count) {
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < until) {
                List<MimeMessage> mails = to(address);
                if (mails.size() >= count) {
                    return mails.get(count - 1);
                }
                greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
            }
            throw new AssertionError("No mail number " + count + " to " + address);
        }

        public static String body(MimeMessage message) {
            try {
                return message.getContent().toString();
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The path and query of the first link in the mail that contains the given path. */
        public static String linkPath(MimeMessage message, String path) {
            Matcher matcher = LINK.matcher(body(message));
            while (matcher.find()) {
                String link = matcher.group();
                int at = link.indexOf(path);
                if (at >= 0) {
                    return link.substring(at);
                }
            }
            throw new AssertionError("No link to " + path + " in: " + body(message));
        }
    }
}
