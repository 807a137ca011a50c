package de.willkommenvorort.support;

import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.info.InfoPageEditing;
import de.willkommenvorort.info.InfoPageForm;
import de.willkommenvorort.info.InfoTextInput;
import de.willkommenvorort.security.AppRoles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Live info pages made through the real editing service: one staff member writes, a second approves. */
@Component
public class TestInfoPages {

    private final InfoPageEditing editing;

    TestInfoPages(InfoPageEditing editing) {
        this.editing = editing;
    }

    /** A live page with this German (and these translations); returns its id. The caller's sign-in is kept. */
    public long published(String title, String body, Map<Language, InfoTextInput> translations) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            Map<Language, InfoTextInput> texts = new TreeMap<>(translations);
            texts.put(Language.SOURCE, new InfoTextInput(title, body));
            actAs("test-writer");
            long id = editing.create(new InfoPageForm("test-" + UUID.randomUUID().toString().substring(0, 8), null, 0, texts));
            editing.submit(id, editing.details(id).orElseThrow().version());
            actAs("test-approver");
            editing.approve(id, editing.details(id).orElseThrow().version());
            return id;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void actAs(String pseudonym) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(pseudonym, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.MODERATOR))));
        SecurityContextHolder.setContext(context);
    }
}
