package de.willkommenvorort.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring's error address ({@code /error}), to which Tomcat sends every error the app answers with
 * a status alone (an unknown address, a method a page does not take, a body too large, an
 * exception): the translated {@link ErrorPages} page instead of Boot's "Whitelabel" page, whatever
 * the request asked for. Opened directly, it is just an address that does not exist.
 */
@Controller
class ErrorAnswer implements ErrorController {

    private final ErrorPages pages;

    ErrorAnswer(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpServletResponse.SC_NOT_FOUND;
        byte[] page = pages.render(status, ErrorPages.language(request)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            // Tomcat refuses TRACE itself and lists every method a servlet knows; the app takes these.
            response.setHeader("Allow", RequestLimits.ALLOW);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
