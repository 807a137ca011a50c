package de.willkommenvorort.translation;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.i18n.LocalFormats;
import de.willkommenvorort.mail.Mailer;
import de.willkommenvorort.search.GlossaryTerms;
import de.willkommenvorort.security.AppRoles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A language's queue: the published offers and live info pages whose text in it is missing or
 * outdated, the ones staff asked for first, then the oldest published. A translator opens one,
 * sees the German beside each field and the glossary's words for it, and submits a translation
 * that waits for review; staff ask for texts, which puts them on top and tells the language's
 * translators.
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.TRANSLATOR, "ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class TranslationQueue {

    private static final Logger log = LoggerFactory.getLogger(TranslationQueue.class);
    public static final int NOTE_MAX = 300;

    private final Sources sources;
    private final TranslationProposals proposals;
    private final TranslationRequests requests;
    private final Translators translators;
    private final GlossaryTerms glossary;
    private final AccountService accounts;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;

    TranslationQueue(Sources sources, TranslationProposals proposals, TranslationRequests requests,
                     Translators translators, GlossaryTerms glossary, AccountService accounts, Mailer mailer,
                     AuditLog audit, Clock clock) {
        this.sources = sources;
        this.proposals = proposals;
        this.requests = requests;
        this.translators = translators;
        this.glossary = glossary;
        this.accounts = accounts;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** A text in the queue: asked for by staff (with their note), already sent by me and waiting. */
    public record Item(Source source, boolean outdated, boolean requested, String requestNote, boolean sentByMe) {
    }

    /**
     * One text to translate: its German, the text it has in the language now (perhaps outdated),
     * what I sent and is waiting, whether someone else's translation is waiting, and the glossary.
     */
    public record Task(Source source, Language language, Optional<Map<String, String>> existing, boolean outdated,
                       Optional<Map<String, String>> sent, boolean waitingFromOthers, List<GlossaryTerms.Term> terms,
                       List<String> keepAsWritten) {
    }

    /** A translation I sent, and what became of it; the German title while the text is public. */
    public record Sent(TextRef ref, Optional<String> title, String language, Instant at, String state, String note) {
    }

    /** The translation was not taken: the problems, each for a field (or the whole text). */
    public static class NotTaken extends RuntimeException {
        private final transient List<Check.Problem> problems;

        NotTaken(List<Check.Problem> problems) {
            super("Translation not taken: " + problems);
            this.problems = problems;
        }

        /** Field (or "" for the whole text) → translation key. */
        public Map<String, String> problems() {
            Map<String, String> byField = new LinkedHashMap<>();
            problems.forEach(p -> byField.putIfAbsent(p.field() == null ? "" : p.field(), p.key()));
            return byField;
        }

        /** The parts of the German the translation must carry over and does not, or the maximum length. */
        public List<String> parts() {
            return problems.stream().filter(p -> p.part() != null).map(Check.Problem::part).distinct().toList();
        }
    }

    /** The person may not translate into this language, or the text is not public. */
    public static class NotAvailable extends RuntimeException {
        NotAvailable(String what) {
            super(what);
        }
    }

    /** The queue of a language the signed-in person translates into. */
    @Transactional(readOnly = true)
    public List<Item> queue(Language language) {
        requireTranslates(language);
        String me = CurrentAccount.actor();
        Map<TextRef, String> asked = new LinkedHashMap<>();
        requests.findByLanguageAndDoneAtIsNullOrderByRequestedAtAscIdAsc(language.code())
                .forEach(r -> asked.putIfAbsent(r.ref(), r.note() == null ? "" : r.note()));
        Map<TextRef, String> waiting = new LinkedHashMap<>();
        proposals.openIn(language.code()).forEach(p -> waiting.put(p.ref(), p.proposedBy()));
        Map<TextRef, Sources.Wanted> wanted = new LinkedHashMap<>();
        sources.wanted(language.code()).forEach(w -> wanted.put(w.source().ref(), w));
        // What staff asked for and the language has already (to be improved, say) is read in one
        // go, and so is whether those words are behind the German: a query a kind, not a text.
        List<TextRef> more = asked.keySet().stream().filter(ref -> !wanted.containsKey(ref)).toList();
        Map<TextRef, Source> found = sources.sources(more);
        Set<TextRef> outdated = sources.outdated(found.keySet(), language.code());
        for (TextRef ref : more) {
            Source source = found.get(ref);
            if (source != null && !language.code().equals(source.originalLanguage())) {
                wanted.put(ref, new Sources.Wanted(source, outdated.contains(ref)));
            }
        }
        List<Item> requested = new ArrayList<>();
        List<Item> rest = new ArrayList<>();
        for (Sources.Wanted text : wanted.values()) {
            Source source = text.source();
            String by = waiting.get(source.ref());
            if (by != null && !by.equals(me)) {
                continue;
            }
            Item item = new Item(source, text.outdated(), asked.containsKey(source.ref()), asked.get(source.ref()), by != null);
            (item.requested() ? requested : rest).add(item);
        }
        List<TextRef> order = new ArrayList<>(asked.keySet());
        requested.sort((a, b) -> Integer.compare(order.indexOf(a.source().ref()), order.indexOf(b.source().ref())));
        requested.addAll(rest);
        return requested;
    }

    /** One text to translate into a language the signed-in person translates into. */
    @Transactional(readOnly = true)
    public Optional<Task> task(TextRef ref, Language language) {
        requireTranslates(language);
        return sources.source(ref).filter(s -> !language.code().equals(s.originalLanguage())).map(source -> {
            Optional<Sources.Existing> existing = sources.current(ref, language.code());
            Optional<TranslationProposal> open = proposals.openFor(ref, language.code());
            String me = CurrentAccount.actor();
            Optional<Map<String, String>> sent = open.filter(p -> p.proposedBy().equals(me)).map(TranslationProposal::words);
            String german = String.join("\n", source.german().values());
            return new Task(source, language, existing.map(Sources.Existing::words),
                    existing.map(Sources.Existing::outdated).orElse(false), sent,
                    open.isPresent() && sent.isEmpty(), glossary.in(german, language.code()),
                    List.copyOf(Check.fixedParts(german)));
        });
    }

    /**
     * Takes a translation for review; what I sent before and is still waiting is replaced.
     *
     * @throws NotTaken with the problems, where it is incomplete, too long, lacks a number or
     *         address of the German, says what is public already, or someone else's translation waits
     */
    public void submit(TextRef ref, Language language, String hash, Map<String, String> typed) {
        requireTranslates(language);
        Source source = sources.source(ref).filter(s -> !language.code().equals(s.originalLanguage()))
                .orElseThrow(() -> new NotAvailable(ref.key() + " is not public"));
        if (!source.hash().equals(hash)) {
            throw new NotTaken(List.of(new Check.Problem(null, "translation.error.source-changed", null)));
        }
        Map<String, String> words = new LinkedHashMap<>();
        ref.kind().fields().forEach(field -> words.put(field, typed.getOrDefault(field, "").strip()));
        List<Check.Problem> problems = Check.problems(source, words);
        if (!problems.isEmpty()) {
            throw new NotTaken(problems);
        }
        Optional<Sources.Existing> existing = sources.current(ref, language.code());
        if (existing.isPresent() && !existing.get().outdated() && existing.get().words().equals(words)) {
            throw new NotTaken(List.of(new Check.Problem(null, "translation.error.unchanged", null)));
        }
        String me = CurrentAccount.actor();
        Optional<TranslationProposal> open = proposals.openFor(ref, language.code());
        if (open.isPresent() && !open.get().proposedBy().equals(me)) {
            throw new NotTaken(List.of(new Check.Problem(null, "translation.error.waiting", null)));
        }
        Instant now = clock.instant();
        TranslationProposal proposal = open.orElseGet(() ->
                new TranslationProposal(ref, language.code(), TranslationProposal.Origin.TRANSLATOR, me, now));
        proposal.words(words, source.hash(), me, now);
        proposals.save(proposal);
    }

    /** What the signed-in person sent lately, newest first, with the German titles (read in one go). */
    @Transactional(readOnly = true)
    public List<Sent> sent() {
        List<TranslationProposal> sent = proposals.findTop20ByProposedByOrderByProposedAtDescIdDesc(CurrentAccount.actor());
        Map<TextRef, Source> german = sources.sources(sent.stream().map(TranslationProposal::ref).toList());
        return sent.stream().map(p -> new Sent(p.ref(), Optional.ofNullable(german.get(p.ref())).map(Source::title),
                p.language(), p.proposedAt(), p.state().name(), p.note())).toList();
    }

    /**
     * Asks for these texts in {@code language}: they go to the top of its queue, and its translators
     * get a mail (one that cannot be sent is logged; the request stands). Returns how many were new.
     */
    @Secured({"ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
    public int request(Language language, Collection<TextRef> refs, String note) {
        if (language == Language.SOURCE) {
            throw new IllegalArgumentException("German is the source language");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        if (reason != null && reason.length() > NOTE_MAX) {
            throw new NotTaken(List.of(new Check.Problem("note", "form.too-long", null)));
        }
        Set<TextRef> open = new LinkedHashSet<>();
        requests.findByLanguageAndDoneAtIsNullOrderByRequestedAtAscIdAsc(language.code()).forEach(r -> open.add(r.ref()));
        Instant now = clock.instant();
        int added = 0;
        for (TextRef ref : new LinkedHashSet<>(refs)) {
            if (open.contains(ref) || sources.source(ref).isEmpty()) {
                continue;
            }
            requests.save(new TranslationRequest(ref, language.code(), reason, CurrentAccount.actor(), now));
            added++;
        }
        if (added == 0) {
            return 0;
        }
        audit.record(CurrentAccount.actor(), "TRANSLATION_REQUESTED", "translation", null,
                "language: " + language.code() + "\ntexts: " + added + (reason == null ? "" : "\nnote: " + reason));
        for (AccountService.Recipient to : accounts.recipients(translators.translatingInto(language.code()))) {
            try {
                mailer.send(to.email(), to.language(), "mail.translation-wanted", to.name(), added,
                        LocalFormats.languageName(language.code(), to.language()), mailer.link("/translate"),
                        reason == null ? "" : reason);
            } catch (MailException e) {
                // A mail error names the address it failed for: only its kind goes to the log.
                log.warn("Could not tell a translator of {} about {} wanted texts: {}", language.code(), added,
                        e.getClass().getSimpleName());
            }
        }
        return added;
    }

    private void requireTranslates(Language language) {
        if (language == Language.SOURCE || !translators.mayTranslate(language.code())) {
            throw new NotAvailable("Not a language of " + CurrentAccount.require().pseudonym() + ": " + language.code());
        }
    }
}
