package fr.chorusdesk.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** {@link Arbitraries#frequencyOf} without the generics fight: {@code Weighted.pick(Weighted.of(3, a), …)}. */
public final class Weighted {

    private Weighted() {
    }

    @SuppressWarnings("unchecked")
    public static <T> Tuple.Tuple2<Integer, Arbitrary<T>> of(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, (Arbitrary<T>) arbitrary);
    }

    /** One of the arbitraries, each as often as its weight says; shrinks toward the first. */
    @SafeVarargs
    public static <T> Arbitrary<T> pick(Tuple.Tuple2<Integer, Arbitrary<T>>... choices) {
        return Arbitraries.frequencyOf(List.of(choices));
    }
}
