package de.willkommenvorort.support;

import de.willkommenvorort.database.CommittedChanges;

/**
 * Waits until nothing has been committed for two seconds. For a few seconds after a change kept
 * pages are dropped every second, by design (decision 035); a test that counts renderings or needs
 * a page kept waits this out first.
 */
public final class Settled {

    private Settled() {
    }

    public static void await(CommittedChanges changes) throws InterruptedException {
        long generation = changes.generation();
        long since = System.nanoTime();
        while (System.nanoTime() - since < 2_000_000_000L) {
            Thread.sleep(100);
            if (changes.generation() != generation) {
                generation = changes.generation();
                since = System.nanoTime();
            }
        }
    }
}
