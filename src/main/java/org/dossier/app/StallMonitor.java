package org.dossier.app;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without drawing a frame: an animation timer runs every frame (60 a second
 * when the thread is free), so a gap between two runs is a time the window could not respond. Started with
 * {@code -Ddossier.reportStalls=true}; {@link #report()} says the longest gap and how many passed 100 ms.
 */
final class StallMonitor extends AnimationTimer {

    /** A window that does not answer for longer than this feels frozen. */
    static final long STALL_NANOS = 100_000_000L;

    private long last;
    private long longest;
    private int stalls;
    private int frames;

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            longest = Math.max(longest, gap);
            if (gap > STALL_NANOS) {
                stalls++;
            }
        }
        last = now;
        frames++;
    }

    String report() {
        return "longest time between frames " + longest / 1_000_000 + " ms, " + stalls + " over "
                + STALL_NANOS / 1_000_000 + " ms in " + frames + " frames";
    }
}
