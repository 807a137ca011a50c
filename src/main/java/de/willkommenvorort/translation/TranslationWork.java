package de.willkommenvorort.translation;

import com.ibm.icu.lang.UCharacter;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.OfferTranslations;
import de.willkommenvorort.offer.OfferTranslations.Source;
import de.willkommenvorort.offer.TextStatus;
import de.willkommenvorort.security.AppRoles;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county staff's side of translation: the XLIFF file of what a language lacks, the import of
 * a translated file as proposals, and the decision on each. Nothing an import brings is public
 * before a decision; an approved translation goes live without touching the German.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class TranslationWork {

    private static final Pattern GROUP = Pattern.compile("offer-(\\d{1,18})");
    /**
     * What a translation must carry over as written: numbers of three digits or more standing on
     * their own (phone numbers, postal codes, years; in any script's digits; not the digits of a
     * word such as a course code), e-mail and web addresses.
     */
    private static final Pattern FIXED = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{3,}(?![\\p{L}\\d])|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}|(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    private final OfferTranslations offers;
    private final TranslationProposals proposals;
    private final AuditLog audit;
    private final Clock clock;

    TranslationWork(OfferTranslations offers, TranslationProposals proposals, AuditLog audit, Clock clock) {
        this.offers = offers;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A message for staff: a translation key and its arguments. */
    public record Message(String key, List<Object> arguments) {
        static Message of(String key, Object... arguments) {
            return new Message(key, List.of(arguments));
        }
    }

    /** What an import did: proposals made, groups refused and why. */
    public record ImportReport(int proposed, int refused, List<Message> messages) {
    }

    /** An open proposal beside the German it was made from. */
    public record Proposal(long id, long offerId, String language, Source german, String title, String summary,
                           String description, String proposedBy, Instant proposedAt, boolean sourceChanged) {
    }

    @Transactional(readOnly = true)
    public int wanted(Language language) {
        return offers.wanted(language.code()).size();
    }

    /** The XLIFF 2 file of the offers whose text in {@code language} is missing or outdated. */
    @Transactional(readOnly = true)
    public byte[] export(Language language) {
        if (language == Language.SOURCE) {
            throw new IllegalArgumentException("German is the source language");
        }
        return Xliff.write(language.code(), offers.wanted(language.code()));
    }

    /** Reads a translated XLIFF file; every translation it brings waits for review. */
    public ImportReport importFile(InputStream in) {
        Xliff.File file;
        try {
            file = Xliff.read(in);
        } catch (Xliff.Unreadable unreadable) {
            return refusedFile(Message.of("translation.import.not-xliff"));
        }
        if (!Language.SOURCE.code().equals(file.sourceLanguage())) {
            return refusedFile(Message.of("translation.import.source-language"));
        }
        Optional<Language> target = Language.ofCode(file.targetLanguage()).filter(l -> l != Language.SOURCE);
        if (target.isEmpty()) {
            return refusedFile(Message.of("translation.import.target-language", String.valueOf(file.targetLanguage())));
        }
        String language = target.get().code();
        List<Message> messages = new ArrayList<>();
        int proposed = 0;
        int refused = 0;
        for (Xliff.Entry entry : file.entries()) {
            Outcome outcome = propose(entry, language);
            if (outcome.refusal() != null) {
                messages.add(outcome.refusal());
                refused++;
            } else if (outcome.proposed()) {
                proposed++;
            }
        }
        audit.record(CurrentAccount.actor(), "TRANSLATIONS_IMPORTED", "translation", null,
                "language: " + language + "\nproposed: " + proposed + "\nrefused: " + refused);
        return new ImportReport(proposed, refused, messages);
    }

    /** One group's outcome: proposed, refused (and why), or neither (nothing translated, or nothing new). */
    private record Outcome(boolean proposed, Message refusal) {
        static final Outcome NOTHING = new Outcome(false, null);
        static final Outcome PROPOSED = new Outcome(true, null);

        static Outcome refused(String key, Object... arguments) {
            return new Outcome(false, Message.of(key, arguments));
        }
    }

    private Outcome propose(Xliff.Entry entry, String language) {
        Matcher group = GROUP.matcher(entry.groupId() == null ? "" : entry.groupId());
        if (!group.matches()) {
            return Outcome.refused("translation.import.unknown", String.valueOf(entry.groupId()));
        }
        long offerId = Long.parseLong(group.group(1));
        Optional<Source> found = offers.source(offerId);
        if (found.isEmpty()) {
            return Outcome.refused("translation.import.unknown", offerId);
        }
        Source german = found.get();
        Map<String, String> targets = entry.targets();
        if (targets.values().stream().allMatch(String::isBlank)) {
            return Outcome.NOTHING;
        }
        if (language.equals(german.originalLanguage())) {
            return Outcome.refused("translation.import.original", offerId);
        }
        if (!german.hash().equals(entry.sourceHash())) {
            return Outcome.refused("translation.import.source-changed", offerId);
        }
        if (entry.markup() || !Xliff.FIELDS.containsAll(targets.keySet())) {
            return Outcome.refused("translation.import.markup", offerId);
        }
        String title = targets.getOrDefault("title", "").strip();
        String summary = targets.getOrDefault("summary", "").strip();
        String description = targets.getOrDefault("description", "").strip();
        if (title.isEmpty() || summary.isEmpty() || description.isEmpty() && !german.description().isBlank()) {
            return Outcome.refused("translation.import.empty", offerId);
        }
        if (title.length() > OfferText.TITLE_MAX || summary.length() > OfferText.SUMMARY_MAX
                || description.length() > OfferText.DESCRIPTION_MAX) {
            return Outcome.refused("translation.import.too-long", offerId);
        }
        String translated = asciiDigits(title + "\n" + summary + "\n" + description);
        for (String part : fixedParts(german.title() + "\n" + german.summary() + "\n" + german.description())) {
            if (!translated.contains(part)) {
                return Outcome.refused("translation.import.missing-part", offerId, part);
            }
        }
        Optional<OfferText> current = offers.current(offerId, language);
        if (current.isPresent() && current.get().getStatus() == TextStatus.CURRENT
                && current.get().getTitle().equals(title) && current.get().getSummary().equals(summary)
                && current.get().getDescription().equals(description)) {
            return Outcome.NOTHING;
        }
        Instant now = clock.instant();
        TranslationProposal proposal = proposals.openFor(offerId, language).orElseGet(() ->
                new TranslationProposal(offerId, language, TranslationProposal.Origin.XLIFF, CurrentAccount.actor(), now));
        proposal.words(title, summary, description, german.hash(), CurrentAccount.actor(), now);
        proposals.save(proposal);
        return Outcome.PROPOSED;
    }

    /** The parts of a German text a translation must keep as they are. */
    static Set<String> fixedParts(String german) {
        Set<String> parts = new LinkedHashSet<>();
        Matcher matcher = FIXED.matcher(asciiDigits(german));
        while (matcher.find()) {
            parts.add(matcher.group());
        }
        return parts;
    }

    /** Digits of any script as 0–9: "٠٦٦٢١" is "06621". */
    static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int digit = UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(c, 10) : -1;
            if (digit >= 0) {
                ascii.append((char) ('0' + digit));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        return ascii.toString();
    }

    private ImportReport refusedFile(Message why) {
        return new ImportReport(0, 1, List.of(why));
    }

    @Transactional(readOnly = true)
    public long openCount() {
        return proposals.countOpen();
    }

    /** The open proposals, oldest first, each with the German it was made from. */
    @Transactional(readOnly = true)
    public List<Proposal> open() {
        List<Proposal> open = new ArrayList<>();
        for (TranslationProposal p : proposals.open()) {
            offers.source(p.offerId()).ifPresent(german -> open.add(new Proposal(p.id(), p.offerId(), p.language(),
                    german, p.title(), p.summary(), p.description(), p.proposedBy(), p.proposedAt(),
                    !german.hash().equals(p.sourceHash()))));
        }
        return open;
    }

    /**
     * Writes the proposal into the published offer. Returns false (and refuses it) where the German
     * has changed since it was made.
     */
    public boolean approve(long proposalId) {
        TranslationProposal proposal = openProposal(proposalId);
        try {
            offers.apply(proposal.offerId(), proposal.language(), proposal.title(), proposal.summary(),
                    proposal.description(), proposal.sourceHash());
        } catch (OfferTranslations.SourceChanged changed) {
            decide(proposal, TranslationProposal.State.REFUSED, "German text changed");
            return false;
        }
        decide(proposal, TranslationProposal.State.APPROVED, null);
        return true;
    }

    public void refuse(long proposalId, String note) {
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason != null && reason.length() > 500) {
            reason = reason.substring(0, 500);
        }
        decide(openProposal(proposalId), TranslationProposal.State.REFUSED, reason);
    }

    private TranslationProposal openProposal(long id) {
        TranslationProposal proposal = proposals.lockById(id)
                .orElseThrow(() -> new IllegalArgumentException("No proposal " + id));
        if (proposal.state() != TranslationProposal.State.OPEN) {
            throw new IllegalStateException("The proposal was decided already");
        }
        return proposal;
    }

    private void decide(TranslationProposal proposal, TranslationProposal.State decision, String note) {
        proposal.decide(decision, CurrentAccount.actor(), clock.instant(), note);
        if (decision == TranslationProposal.State.REFUSED) {
            // An approval is on the offer's trail already (TRANSLATION_APPROVED, with the words).
            audit.record(CurrentAccount.actor(), "TRANSLATION_REFUSED", "offer", proposal.offerId(),
                    proposal.language() + (note == null ? "" : "\nnote: " + note));
        }
    }
}
