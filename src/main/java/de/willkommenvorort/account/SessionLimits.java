package de.willkommenvorort.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account ended all its sessions (or no longer exists), and a staff session
 * older than the absolute limit however busy it was: a workstation left signed in over night is
 * signed out by the morning. The idle limit is the servlet container's session timeout.
 */
final class SessionLimits extends OncePerRequestFilter {

    /** The session attribute: when the staff member completed the sign-in with the second factor. */
    static final String SIGNED_IN_AT = "wvo.staff-signed-in-at";

    private final AccountService accounts;
    private final Duration staffLimit;
    private final Clock clock;

    SessionLimits(AccountService accounts, Duration staffLimit, Clock clock) {
        this.accounts = accounts;
        this.staffLimit = staffLimit;
        this.clock = clock;
    }

    static void signedIn(HttpSession session, Instant at) {
        session.setAttribute(SIGNED_IN_AT, at);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccountUser> user = CurrentAccount.get();
        HttpSession session = request.getSession(false);
        if (user.isPresent() && (!accounts.sessionValid(user.get().accountId(), user.get().sessionEpoch())
                || (user.get().staff() && tooOld(session)))) {
            SecurityContextHolder.clearContext();
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** A staff session without a sign-in time did not pass the second factor: it ends too. */
    private boolean tooOld(HttpSession session) {
        Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        return !(at instanceof Instant signedIn) || signedIn.plus(staffLimit).isBefore(clock.instant());
    }
}
