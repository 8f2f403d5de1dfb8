package bg.integra.training;

import java.util.Collections;
import java.util.List;

/** The one way a course's modules, and a module's lessons, keep their order: numbered 1, 2, 3… without gaps. */
final class Positions {

    /** Something with a place in an ordered list. */
    interface Placed {
        void placeAt(int position);
    }

    private Positions() {
    }

    /** Moves the item one place up (-1) or down (+1); nothing at either end. */
    static <T extends Placed> void move(List<T> items, T item, int step) {
        int from = items.indexOf(item);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= items.size()) return;
        Collections.swap(items, from, to);
        renumber(items);
    }

    static <T extends Placed> void remove(List<T> items, T item) {
        items.remove(item);
        renumber(items);
    }

    private static void renumber(List<? extends Placed> items) {
        for (int i = 0; i < items.size(); i++) items.get(i).placeAt(i + 1);
    }
}
