package de.willkommenvorort.account;

import de.willkommenvorort.security.Throttle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completes a staff sign-in: takes the code posted from the code page (or the set-up page), and if
 * it is right, signs the person in with their roles under a new session id and notes when, for
 * the absolute session limit. Wrong codes count as failed sign-ins of the account and the address.
 * The post carries no CSRF token: it can only finish the sign-in that this session started with
 * the right password, and a forged post cannot know the code.
 */
final class StaffSignInFilter extends OncePerRequestFilter {

    private final SecondFactor factor;
    private final Throttle failures;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    StaffSignInFilter(SecondFactor factor, Throttle failures, Clock clock) {
        this.factor = factor;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !(path.equals("/" + PendingSignIn.CODE_ROUTE) || path.equals("/" + PendingSignIn.SET_UP_ROUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null
                : session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn p ? p : null;
        if (pending == null || pending.expired(clock.instant())) {
            redirect(request, response, "login?expired");
            return;
        }
        String account = "account:" + pending.email();
        String address = "ip:" + request.getRemoteAddr();
        Optional<Instant> blocked = failures.blockedUntil(account).or(() -> failures.blockedUntil(address));
        if (blocked.isPresent()) {
            redirect(request, response, pending.route() + "?locked=" + blocked.get().getEpochSecond());
            return;
        }
        String code = request.getParameter("code");
        Function<PendingSignIn, Optional<AccountUser>> check = pending.setUp()
                ? p -> factor.verify(p, code)
                : p -> factor.confirmSetUp(p, (String) session.getAttribute(PendingSignIn.NEW_SECRET), code);
        Optional<AccountUser> user = check.apply(pending);
        if (user.isEmpty()) {
            failures.record(account);
            failures.record(address);
            redirect(request, response, pending.route() + "?error");
            return;
        }
        failures.clear(account);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        session.removeAttribute(PendingSignIn.NEW_SECRET);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        user.get().eraseCredentials();
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SessionLimits.signedIn(session, clock.instant());
        redirect(request, response, "staff");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/" + path);
    }
}
