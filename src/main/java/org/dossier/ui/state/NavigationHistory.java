package org.dossier.ui.state;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Back and forward like a browser's: going somewhere new drops the forward entries; going to where you
 * already are changes nothing. The current place and whether you can go back or forward are properties
 * that views bind to.
 */
public final class NavigationHistory {

    private final List<Place> places = new ArrayList<>();
    private int index = -1;
    private final ReadOnlyObjectWrapper<Place> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    public NavigationHistory(Place start) {
        navigate(start);
    }

    /** Goes to {@code place}, making it the newest entry. */
    public void navigate(Place place) {
        if (place.equals(current.get())) {
            return;
        }
        while (places.size() > index + 1) {
            places.remove(places.size() - 1);
        }
        places.add(place);
        index++;
        update();
    }

    /** Forgets everything and starts again at {@code place} (a different store was opened). */
    public void reset(Place place) {
        places.clear();
        places.add(place);
        index = 0;
        update();
    }

    public void back() {
        if (index > 0) {
            index--;
            update();
        }
    }

    public void forward() {
        if (index < places.size() - 1) {
            index++;
            update();
        }
    }

    private void update() {
        current.set(places.get(index));
        canGoBack.set(index > 0);
        canGoForward.set(index < places.size() - 1);
    }

    public Place current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Place> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** The places in order, oldest first (for tests and a history menu). */
    public List<Place> places() {
        return List.copyOf(places);
    }
}
