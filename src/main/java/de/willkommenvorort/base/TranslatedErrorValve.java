package de.willkommenvorort.base;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat's own error page, for requests the app never sees: an address that is not valid UTF-8 or
 * holds a null byte, a request line or header too large, a body Tomcat refuses to read. Tomcat's
 * page is English and, unless told otherwise, names the server and its version; this one is the
 * app's translated {@link ErrorPages} page. It also answers when the app's own error page could not
 * be shown (the error broke the error page too).
 */
final class TranslatedErrorValve extends ErrorReportValve {

    private final Supplier<ErrorPages> pages;

    TranslatedErrorValve(Supplier<ErrorPages> pages) {
        this.pages = pages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = precise(response.getStatus(), throwable);
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        response.setStatus(status);
        if (status == 405) {
            // Tomcat refuses TRACE itself and lists every method HttpServlet knows; the app takes these.
            response.setHeader("Allow", RequestLimits.ALLOW);
        }
        String page = pages.get().render(status, ErrorPages.language(request));
        try {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more to say.
        }
    }

    /**
     * Tomcat answers a request line or headers too large for its buffer (an address of 100 KB)
     * with a plain 400; which part was too large says whether it is 414 (URI too long) or 431.
     */
    static int precise(int status, Throwable throwable) {
        if (status != 400 || !(throwable instanceof IllegalArgumentException)) {
            return status;
        }
        StackTraceElement[] frames = throwable.getStackTrace();
        if (frames.length == 0 || !"fill".equals(frames[0].getMethodName())) {
            return status;
        }
        for (int i = 1; i < Math.min(frames.length, 4); i++) {
            switch (frames[i].getMethodName()) {
                case "parseRequestLine":
                    return 414;
                case "fillHeaderBuffer", "parseHeader", "parseHeaders":
                    return 431;
                default:
                    break;
            }
        }
        return status;
    }

    /** Puts the valve in place of the one Spring Boot adds to the host (which only hides the version). */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> translatedErrorValve(ObjectProvider<ErrorPages> pages) {
            return new Customizer(pages::getObject);
        }
    }

    private record Customizer(Supplier<ErrorPages> pages)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new TranslatedErrorValve(pages));
                // The host adds a valve of this class name when it starts unless one is there already.
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(TranslatedErrorValve.class.getName());
                }
            });
        }

        /** After Boot's own customizer, whose valve this one replaces. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
