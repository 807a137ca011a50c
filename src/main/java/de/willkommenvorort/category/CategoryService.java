package de.willkommenvorort.category;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Categories change rarely and are few: read once, kept in memory. */
@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository categories;
    private volatile List<CategoryRef> all;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    public List<CategoryRef> all() {
        List<CategoryRef> cached = all;
        if (cached == null) {
            cached = categories.findAllByOrderByBuildingBlockAscSortOrderAsc().stream().map(Category::toRef).toList();
            all = cached;
        }
        return cached;
    }

    public List<CategoryRef> of(BuildingBlock block) {
        return all().stream().filter(c -> c.buildingBlock() == block).toList();
    }

    public Optional<CategoryRef> byId(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    public Optional<CategoryRef> byCode(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
