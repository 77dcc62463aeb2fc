package dev.cumulo.ui.shell;

import dev.cumulo.ui.common.Icon;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A view the main window can show: the navigation lists pages in the order they are added, builds each node the first
 * time it is shown, and remembers the last one by {@code id}. The debugger and cost views plug in the same way.
 */
public record Page(String id, String title, Icon icon, Supplier<Node> content) {}
