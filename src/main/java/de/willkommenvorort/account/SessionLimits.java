package de.willkommenvorort.account;

import de.willkommenvorort.base.DatabaseUnavailable;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(SessionLimits.class);

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
        if (user.isPresent() && (!stillValid(user.get()) || (user.get().staff() && tooOld(session)))) {
            SecurityContextHolder.clearContext();
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account's sessions still stand. While the database cannot be reached (a restart)
     * the session stands as it was last checked: every change needs the database and fails on its
     * own with "try again in a moment", and the form on the page keeps what was typed. Refusing the
     * request instead would leave the page unable to say anything.
     */
    private boolean stillValid(AccountUser user) {
        try {
            return accounts.sessionValid(user.accountId(), user.sessionEpoch());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                log.warn("Database unavailable; session of account {} not checked: {}", user.accountId(),
                        DatabaseUnavailable.reason(e));
                return true;
            }
            throw e;
        }
    }

    /** A staff session without a sign-in time did not pass the second factor: it ends too. */
    private boolean tooOld(HttpSession session) {
        Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        return !(at instanceof Instant signedIn) || signedIn.plus(staffLimit).isBefore(clock.instant());
    }
}
