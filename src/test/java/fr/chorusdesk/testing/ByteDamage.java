package fr.chorusdesk.testing;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One thing a disk error, a cut download or a bad editor does to a file's bytes. Positions are in
 * millionths of the length, so one damage fits files of any size and shrinks toward the start.
 */
public sealed interface ByteDamage {

    byte[] apply(byte[] bytes);

    /** Keeps only the first part: a write or a download that stopped. */
    record Cut(int atPpm) implements ByteDamage {
        @Override
        public byte[] apply(byte[] bytes) {
            return Arrays.copyOf(bytes, position(bytes, atPpm));
        }
    }

    /** Replaces one byte. */
    record Change(int atPpm, byte value) implements ByteDamage {
        @Override
        public byte[] apply(byte[] bytes) {
            if (bytes.length == 0) {
                return bytes;
            }
            byte[] out = bytes.clone();
            out[Math.min(position(bytes, atPpm), bytes.length - 1)] = value;
            return out;
        }
    }

    /** Inserts bytes. */
    record Insert(int atPpm, byte[] inserted) implements ByteDamage {
        @Override
        public byte[] apply(byte[] bytes) {
            int at = position(bytes, atPpm);
            byte[] out = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(inserted, 0, out, at, inserted.length);
            System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
            return out;
        }

        @Override
        public String toString() {
            return "Insert[atPpm=" + atPpm + ", inserted=" + Arrays.toString(inserted) + "]";
        }
    }

    /** Removes a run of bytes. */
    record Erase(int atPpm, int length) implements ByteDamage {
        @Override
        public byte[] apply(byte[] bytes) {
            int at = position(bytes, atPpm);
            int end = Math.min(bytes.length, at + length);
            byte[] out = new byte[bytes.length - (end - at)];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bytes, end, out, at, bytes.length - end);
            return out;
        }
    }

    /** Zeroes a run of bytes, as a block that was never written. */
    record Zeroes(int atPpm, int length) implements ByteDamage {
        @Override
        public byte[] apply(byte[] bytes) {
            byte[] out = bytes.clone();
            int at = position(bytes, atPpm);
            Arrays.fill(out, at, Math.min(out.length, at + length), (byte) 0);
            return out;
        }
    }

    private static int position(byte[] bytes, int ppm) {
        return (int) Math.min(bytes.length, (long) bytes.length * ppm / 1_000_000L);
    }

    public static Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1_000_000);
    }

    /** Any single damage. */
    public static Arbitrary<ByteDamage> any() {
        return Arbitraries.oneOf(
                positions().map(Cut::new),
                Combinators.combine(positions(), Arbitraries.bytes()).as(Change::new),
                Combinators.combine(positions(), Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64))
                        .as(Insert::new),
                Combinators.combine(positions(), Arbitraries.integers().between(1, 4096)).as(Erase::new),
                Combinators.combine(positions(), Arbitraries.integers().between(1, 4096)).as(Zeroes::new));
    }

    /** One to {@code max} damages, applied in order. */
    public static Arbitrary<List<ByteDamage>> some(int max) {
        return any().list().ofMinSize(1).ofMaxSize(max);
    }

    /** Applies every damage in order. */
    public static byte[] applyAll(List<ByteDamage> damages, byte[] bytes) {
        byte[] out = bytes;
        for (ByteDamage damage : damages) {
            out = damage.apply(out);
        }
        return out;
    }
}
