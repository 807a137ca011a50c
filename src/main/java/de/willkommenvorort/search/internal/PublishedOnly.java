package de.willkommenvorort.search.internal;

import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.ReviewState;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published offers are in the index: whatever else an offer is (draft, submitted, rejected,
 * expired, archived, a revision under review), it is not indexed, and an offer that leaves
 * "published" is deleted from the index in the same change.
 */
public class PublishedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("reviewState");
        context.bridge(Offer.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<Offer> {

        @Override
        public void route(DocumentRoutes routes, Object id, Offer offer, RoutingBridgeRouteContext context) {
            if (offer.getReviewState() == ReviewState.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Offer offer, RoutingBridgeRouteContext context) {
            // It may have been published before this change: make sure no stale document remains.
            routes.addRoute();
        }
    }
}
