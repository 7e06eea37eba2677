package vn.tonghop.log;

/** Where a step's time goes, part by part, for the log: "load 310 ms, rules 820 ms". */
public final class Laps {

    private final StringBuilder laps = new StringBuilder();
    private long last = System.nanoTime();

    public void lap(String part) {
        long now = System.nanoTime();
        laps.append(laps.length() == 0 ? "" : ", ").append(part).append(' ').append((now - last) / 1_000_000).append(" ms");
        last = now;
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
