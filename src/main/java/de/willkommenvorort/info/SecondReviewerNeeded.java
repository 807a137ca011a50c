package de.willkommenvorort.info;

/**
 * A moderator tried to approve their own last edit. Four eyes: another moderator or an
 * administrator has to approve it (decision 016).
 */
public class SecondReviewerNeeded extends RuntimeException {

    public SecondReviewerNeeded() {
        super("The last edit must be approved by someone else");
    }
}
