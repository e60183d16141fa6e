package org.dossier.ui.workspace;

/**
 * The size of the window the first time it opens, before a size is remembered: most of a large screen, and all of a
 * small one. A 90 % window on a 1024×700 laptop is 921×630, narrower than every page was made for.
 *
 * @param width  the window's width in pixels
 * @param height the window's height in pixels
 * @param fills  whether the window takes the whole screen (opened maximised, so that its frame fits too)
 */
public record FirstWindowSize(double width, double height, boolean fills) {

    /** Below this a screen is small: the window takes all of it. */
    static final double SMALL_WIDTH = 1280;
    static final double SMALL_HEIGHT = 800;
    private static final double LARGEST_WIDTH = 1440;
    private static final double LARGEST_HEIGHT = 900;

    /** The first size on a screen whose usable area (without panels and docks) is {@code width} × {@code height}. */
    public static FirstWindowSize on(double width, double height) {
        if (width < SMALL_WIDTH || height < SMALL_HEIGHT) {
            return new FirstWindowSize(width, height, true);
        }
        return new FirstWindowSize(Math.min(LARGEST_WIDTH, width * 0.9), Math.min(LARGEST_HEIGHT, height * 0.9), false);
    }
}
