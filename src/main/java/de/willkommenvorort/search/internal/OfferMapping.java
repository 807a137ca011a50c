package de.willkommenvorort.search.internal;

import de.willkommenvorort.offer.Offer;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps the offer entity to the search index from outside the offer feature: the offer package
 * knows nothing of search, and Hibernate Search follows each change of an offer in the same
 * transaction (docs/decisions/019). Named by {@code hibernate.search.mapping.configurer}.
 */
public class OfferMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        context.annotationMapping().discoverAnnotationsFromReferencedTypes(false).discoverJandexIndexesFromAddedTypes(false)
                .buildMissingDiscoveredJandexIndexes(false);
        TypeMappingStep offer = context.programmaticMapping().type(Offer.class);
        offer.indexed().index(SearchFields.INDEX).routingBinder(new PublishedOnly());
        offer.binder(new OfferDocument());
        offer.property("categoryId").genericField(SearchFields.CATEGORY).projectable(Projectable.NO);
        offer.property("municipalityId").genericField(SearchFields.MUNICIPALITY).projectable(Projectable.NO);
        offer.property("online").genericField(SearchFields.ONLINE).projectable(Projectable.NO);
        offer.property("cost").genericField(SearchFields.COST).projectable(Projectable.NO);
        offer.property("spokenLanguages").keywordField(SearchFields.SPOKEN).projectable(Projectable.NO);
        offer.property("targetGroups").genericField(SearchFields.GROUPS).projectable(Projectable.NO);
        offer.property("childcare").genericField(SearchFields.CHILDCARE).projectable(Projectable.NO);
        offer.property("courseLevel").genericField(SearchFields.LEVEL).projectable(Projectable.NO);
        offer.property("nextStart").genericField(SearchFields.NEXT_START).projectable(Projectable.NO);
    }
}
