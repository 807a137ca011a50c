package de.willkommenvorort.category;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Categories change rarely and are few: read once, kept in memory, and read again after an
 * administrator's change has been committed. Reading what is kept needs no transaction (a search
 * asks for the categories on every request); the repository opens its own when it loads them.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class CategoryService {

    private final CategoryRepository categories;
    private volatile List<CategoryRef> cache;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /** The categories newcomers browse and providers choose from: the active ones, in order. */
    public List<CategoryRef> all() {
        return everything().stream().filter(CategoryRef::active).toList();
    }

    /** The active categories of one building block, in order. */
    public List<CategoryRef> of(BuildingBlock block) {
        return all().stream().filter(c -> c.buildingBlock() == block).toList();
    }

    /** Any category, retired ones too: an offer keeps the category it had. */
    public Optional<CategoryRef> byId(long id) {
        return everything().stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<CategoryRef> byCode(String code) {
        return everything().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Every category, retired ones too, by building block and order. */
    public List<CategoryRef> everything() {
        List<CategoryRef> cached = cache;
        if (cached == null) {
            cached = categories.findAllByOrderByBuildingBlockAscSortOrderAsc().stream().map(Category::toRef).toList();
            cache = cached;
        }
        return cached;
    }

    /** After a committed change, the next reader loads the categories again. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void changed(CategoriesChanged event) {
        cache = null;
    }
}
