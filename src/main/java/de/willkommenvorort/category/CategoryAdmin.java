package de.willkommenvorort.category;

import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.account.InvalidInput;
import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.security.AppRoles;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add, rename, reorder, retire and reactivate categories. Every change is one
 * audit entry with the category before and after; the cached categories are read again after the
 * commit, so newcomers see the change at once.
 */
@Service
@Secured("ROLE_" + AppRoles.ADMIN)
@Transactional
public class CategoryAdmin {

    static final String SUBJECT = "category";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int ORDER_MAX = 9999;
    private static final int ORDER_STEP = 10;

    private final CategoryRepository categories;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CategoryAdmin(CategoryRepository categories, AuditLog audit, ApplicationEventPublisher events) {
        this.categories = categories;
        this.audit = audit;
        this.events = events;
    }

    public CategoryRef add(CategoryInput input) {
        String code = blank(input.code()) ? codeOf(input.names().get(Language.SOURCE)) : input.code().trim();
        Map<String, String> problems = problems(input);
        if (!CODE.matcher(code).matches() || code.length() > Category.CODE_MAX) {
            problems.put("code", "catalogue.category.code.invalid");
        } else if (categories.findByCode(code).isPresent()) {
            problems.put("code", "catalogue.category.code.taken");
        }
        refuseIf(problems);
        Category category = new Category(code, input.block());
        category.describe(input.block(), order(input, nextOrder(input.block())), names(input));
        categories.saveAndFlush(category);
        audit.record(CurrentAccount.actor(), "CATEGORY_ADDED", SUBJECT, category.getId(), code, null,
                describe(category.toRef()));
        return changed(category);
    }

    /** Changes building block, order and names; the code stays, it is in bookmarked addresses. */
    public CategoryRef update(long id, CategoryInput input) {
        Category category = categories.findById(id).orElseThrow();
        refuseIf(problems(input));
        String before = describe(category.toRef());
        category.describe(input.block(), order(input, category.getSortOrder()), names(input));
        categories.flush();
        audit.record(CurrentAccount.actor(), "CATEGORY_CHANGED", SUBJECT, id, category.getCode(), before,
                describe(category.toRef()));
        return changed(category);
    }

    /** Retires a category (hidden from newcomers and the editor) or brings it back. */
    public CategoryRef setActive(long id, boolean active) {
        Category category = categories.findById(id).orElseThrow();
        if (category.isActive() == active) {
            return category.toRef();
        }
        String before = describe(category.toRef());
        category.setActive(active);
        categories.flush();
        audit.record(CurrentAccount.actor(), active ? "CATEGORY_REACTIVATED" : "CATEGORY_RETIRED", SUBJECT, id,
                category.getCode(), before, describe(category.toRef()));
        return changed(category);
    }

    /** A code for URLs from a German name: "Sprachcafé für Kinder" becomes "sprachcafe-fuer-kinder". */
    static String codeOf(String germanName) {
        if (germanName == null) {
            return "";
        }
        String plain = germanName.trim().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return code.length() > Category.CODE_MAX ? code.substring(0, Category.CODE_MAX).replaceAll("-+$", "") : code;
    }

    private CategoryRef changed(Category category) {
        events.publishEvent(new CategoriesChanged(category.getId()));
        return category.toRef();
    }

    private static Map<String, String> problems(CategoryInput input) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.block() == null) {
            problems.put("block", "catalogue.category.block.required");
        }
        if (!blank(input.order()) && parseOrder(input.order()) < 0) {
            problems.put("order", "catalogue.category.order.invalid");
        }
        if (blank(input.names().get(Language.SOURCE))) {
            problems.put("name." + Language.SOURCE.code(), "catalogue.category.name.required");
        }
        input.names().forEach((language, name) -> {
            if (name != null && name.trim().length() > Category.NAME_MAX) {
                problems.put("name." + language.code(), "catalogue.category.name.too-long");
            }
        });
        return problems;
    }

    private static void refuseIf(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static Map<Language, String> names(CategoryInput input) {
        Map<Language, String> names = new TreeMap<>();
        input.names().forEach((language, name) -> {
            if (!blank(name)) {
                names.put(language, name.trim());
            }
        });
        return names;
    }

    private static int order(CategoryInput input, int otherwise) {
        return blank(input.order()) ? otherwise : parseOrder(input.order());
    }

    /** The order typed, or -1 if it is not a whole number from 0 to 9999. */
    private static int parseOrder(String typed) {
        String digits = typed.trim();
        if (!digits.matches("[0-9]{1,4}")) {
            return -1;
        }
        int order = Integer.parseInt(digits);
        return order <= ORDER_MAX ? order : -1;
    }

    private int nextOrder(BuildingBlock block) {
        return categories.findAllByOrderByBuildingBlockAscSortOrderAsc().stream()
                .filter(c -> c.getBuildingBlock() == block)
                .mapToInt(Category::getSortOrder).max().orElse(0) + ORDER_STEP;
    }

    /** The category as readable lines for the audit trail. */
    static String describe(CategoryRef category) {
        StringBuilder text = new StringBuilder()
                .append("code: ").append(category.code()).append('\n')
                .append("block: ").append(category.buildingBlock()).append('\n')
                .append("order: ").append(category.sortOrder()).append('\n')
                .append("active: ").append(category.active()).append('\n');
        for (Language language : Language.values()) {
            String name = category.names().get(language);
            if (name != null) {
                text.append("name.").append(language.code()).append(": ").append(name).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
