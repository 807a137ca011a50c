package de.willkommenvorort.translation;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision on a translation, wherever it came from: staff decide in every language, a
 * translator in the languages staff trust them with, and nobody on their own translation unless
 * they are staff (an agency's file is imported by staff, but written by the agency). An approved
 * translation is written into the public text; the German source is never touched.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.TRANSLATOR, "ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class TranslationReview {

    private final TranslationProposals proposals;
    private final TranslationRequests requests;
    private final Translators translators;
    private final Sources sources;
    private final AuditLog audit;
    private final Clock clock;

    TranslationReview(TranslationProposals proposals, TranslationRequests requests, Translators translators,
                      Sources sources, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.requests = requests;
        this.translators = translators;
        this.sources = sources;
        this.audit = audit;
        this.clock = clock;
    }

    /** An open proposal beside the German it was made from. */
    public record Proposal(long id, TextRef ref, String language, Source german, Map<String, String> words,
                           String proposedBy, Instant proposedAt, boolean fromTranslator, boolean sourceChanged) {
    }

    /** The person may not decide on this proposal (not trusted in its language, or it is their own). */
    public static class NotYours extends RuntimeException {
        NotYours() {
            super("Not allowed to decide on this translation");
        }
    }

    /** The open proposals the signed-in person may decide on, oldest first, each with its German. */
    @Transactional(readOnly = true)
    public List<Proposal> open() {
        List<TranslationProposal> candidates;
        if (Translators.staff()) {
            candidates = proposals.open();
        } else {
            String me = CurrentAccount.actor();
            Set<String> trusted = translators.trustedLanguages();
            candidates = proposals.open().stream().filter(p -> trusted.contains(p.language())
                    && !p.proposedBy().equals(me)).toList();
        }
        Map<TextRef, Source> germanOf = sources.sources(candidates.stream().map(TranslationProposal::ref).toList());
        List<Proposal> open = new ArrayList<>();
        for (TranslationProposal p : candidates) {
            Source german = germanOf.get(p.ref());
            if (german != null) {
                open.add(new Proposal(p.id(), p.ref(), p.language(), german, p.words(), p.proposedBy(), p.proposedAt(),
                        p.origin() == TranslationProposal.Origin.TRANSLATOR, !german.hash().equals(p.sourceHash())));
            }
        }
        return open;
    }

    /**
     * How many proposals {@link #open()} lists, counted by the database: the staff navigation asks
     * on every page, and only needs to know which of the texts are still public.
     */
    @Transactional(readOnly = true)
    public long openCount() {
        List<TranslationProposals.OpenPerText> perText;
        if (Translators.staff()) {
            perText = proposals.openPerText();
        } else {
            Set<String> trusted = translators.trustedLanguages();
            if (trusted.isEmpty()) {
                return 0;
            }
            perText = proposals.openPerText(trusted, CurrentAccount.actor());
        }
        Set<TextRef> published = sources.published(perText.stream().map(TranslationProposals.OpenPerText::ref).toList());
        return perText.stream().filter(text -> published.contains(text.ref()))
                .mapToLong(TranslationProposals.OpenPerText::getProposals).sum();
    }

    /**
     * Writes the proposal into the public text. Returns false (and refuses it) where the German
     * has changed since it was made, or the text is no longer public.
     */
    public boolean approve(long proposalId) {
        TranslationProposal proposal = decidable(proposalId);
        try {
            sources.apply(proposal.ref(), proposal.language(), proposal.words(), proposal.sourceHash());
        } catch (Sources.Changed changed) {
            decide(proposal, TranslationProposal.State.REFUSED, "German text changed");
            return false;
        }
        decide(proposal, TranslationProposal.State.APPROVED, null);
        Instant now = clock.instant();
        requests.findByLanguageAndDoneAtIsNullOrderByRequestedAtAscIdAsc(proposal.language()).stream()
                .filter(r -> r.ref().equals(proposal.ref())).forEach(r -> r.done(now));
        return true;
    }

    public void refuse(long proposalId, String note) {
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason != null && reason.length() > 500) {
            reason = reason.substring(0, 500);
        }
        decide(decidable(proposalId), TranslationProposal.State.REFUSED, reason);
    }

    private TranslationProposal decidable(long id) {
        TranslationProposal proposal = proposals.lockById(id)
                .orElseThrow(() -> new IllegalArgumentException("No proposal " + id));
        if (proposal.state() != TranslationProposal.State.OPEN) {
            throw new IllegalStateException("The proposal was decided already");
        }
        if (!translators.mayApprove(proposal.language())
                || !Translators.staff() && proposal.proposedBy().equals(CurrentAccount.actor())) {
            throw new NotYours();
        }
        return proposal;
    }

    private void decide(TranslationProposal proposal, TranslationProposal.State decision, String note) {
        proposal.decide(decision, CurrentAccount.actor(), clock.instant(), note);
        if (decision == TranslationProposal.State.REFUSED) {
            // An approval is on the text's own trail already (TRANSLATION_APPROVED, with the words).
            TextRef ref = proposal.ref();
            audit.record(CurrentAccount.actor(), "TRANSLATION_REFUSED", ref.kind() == TextRef.Kind.OFFER ? "offer" : "info_page",
                    ref.id(), proposal.language() + (note == null ? "" : "\nnote: " + note));
        }
    }
}
