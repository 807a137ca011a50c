package de.willkommenvorort.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In the demo profile without an SMTP server ({@code spring.mail.host} unset), every mail is
 * written to the log instead, links included, so that anyone trying the demo can verify an
 * account. Never a silent no-op; other profiles without a server fail at start.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class LoggedMail {

    private static final Logger log = LoggerFactory.getLogger(LoggedMail.class);

    @Bean
    JavaMailSender loggingMailSender() {
        log.warn("No SMTP server configured (spring.mail.host): mail is written to this log");
        return new JavaMailSenderImpl() {
            @Override
            public MimeMessage createMimeMessage() {
                return new MimeMessage(Session.getInstance(new Properties()));
            }

            @Override
            public void send(MimeMessage... messages) {
                for (MimeMessage message : messages) {
                    try {
                        log.info("Mail to {}: {}\n{}", String.join(", ", Arrays.stream(message.getAllRecipients())
                                .map(Object::toString).toList()), message.getSubject(), message.getContent());
                    } catch (MessagingException | IOException e) {
                        throw new MailParseException(e);
                    }
                }
            }
        };
    }
}
