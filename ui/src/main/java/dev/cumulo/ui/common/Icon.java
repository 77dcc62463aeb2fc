package dev.cumulo.ui.common;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * Cumulo's icons: simple shapes on a 24 x 24 grid, drawn as the shape of a region so that they take the text colour of
 * the theme (style class {@code icon}). Holes are drawn in the opposite direction of their outline.
 */
public enum Icon {
  PLAY("M7 4 L20 12 L7 20 Z"),
  STOP("M6 6 H18 V18 H6 Z"),
  RESTART("M12 3 A9 9 0 1 1 3.5 9 L6.3 10 A6 6 0 1 0 12 6 V9 L7 4.5 L12 0 Z"),
  FOLDER("M2 5 H9 L11 7 H22 V20 H2 Z"),
  TIMELINE("M3 4 H13 V8 H3 Z M8 10 H21 V14 H8 Z M5 16 H16 V20 H5 Z"),
  RESOURCES("M3 3 H10 V10 H3 Z M14 3 H21 V10 H14 Z M3 14 H10 V21 H3 Z M14 14 H21 V21 H14 Z"),
  LOGS("M3 4 H21 V6.5 H3 Z M3 10.75 H16 V13.25 H3 Z M3 17.5 H19 V20 H3 Z"),
  BUCKET("M3 5 H21 V8 H3 Z M4.5 9.5 H19.5 L18 21 H6 Z"),
  QUEUE("M3 3 H21 V8 H3 Z M3 9.5 H21 V14.5 H3 Z M3 16 H21 V21 H3 Z"),
  METRICS("M3 20 H21 V22 H3 Z M5 12 H8 V18.5 H5 Z M10.5 5 H13.5 V18.5 H10.5 Z M16 9 H19 V18.5 H16 Z"),
  COPY("M8 2 H21 V16 H8 Z M10 4 V14 H19 V4 Z M3 7 H6 V9 H5 V20 H15 V19 H17 V22 H3 Z"),
  MOON("M14 2 A10 10 0 1 0 22 15 A8 8 0 0 1 14 2 Z"),
  BOLT("M14 1 L4 14 H11 L9.5 23 L20 9.5 H13 Z"),
  SEND("M2 21 L23 12 L2 3 V10 L16 12 L2 14 Z"),
  TRASH("M5 7 H19 L17.8 22 H6.2 Z M3 4 H21 V6 H3 Z M9 1.5 H15 V3.5 H9 Z"),
  DOWNLOAD("M10.8 2 H13.2 V12.5 L16.6 9.1 L18.3 10.8 L12 17.1 L5.7 10.8 L7.4 9.1 L10.8 12.5 Z M3 19 H21 V21.5 H3 Z"),
  UPLOAD("M12 2 L18.3 8.3 L16.6 10 L13.2 6.6 V17 H10.8 V6.6 L7.4 10 L5.7 8.3 Z M3 19 H21 V21.5 H3 Z"),
  SAVE("M3 3 H17 L21 7 V21 H3 Z M6 5 V10 H15 V5 Z M12 13 A3 3 0 1 0 12.01 13 Z"),
  FIT("M3 3 H9 V5 H5 V9 H3 Z M15 3 H21 V9 H19 V5 H15 Z M3 15 H5 V19 H9 V21 H3 Z M19 15 H21 V21 H15 V19 H19 Z"),
  LIVE("M12 6 A6 6 0 1 1 11.99 6 Z"),
  ZOOM_IN("M11 4 H13 V11 H20 V13 H13 V20 H11 V13 H4 V11 H11 Z"),
  ZOOM_OUT("M4 11 H20 V13 H4 Z"),
  CLOSE("M5.6 4.2 L12 10.6 L18.4 4.2 L19.8 5.6 L13.4 12 L19.8 18.4 L18.4 19.8 L12 13.4 L5.6 19.8 L4.2 18.4 L10.6 12 L4.2 5.6 Z"),
  INVOKE("M4 4 H14 V6 H6 V18 H18 V10 H20 V20 H4 Z M16 2 H22 V8 L19.8 5.8 L12.8 12.8 L11.2 11.2 L18.2 4.2 Z"),
  WARNING("M12 2 L23 21 H1 Z M11 9 V15 H13 V9 Z M11 17 V19 H13 V17 Z"),
  PURGE("M4 6 H20 V8 H4 Z M4 11 H14 V13 H4 Z M4 16 H11 V18 H4 Z M15 13.5 L16.5 12 L18.5 14 L20.5 12 L22 13.5 L20 15.5 L22 17.5 L20.5 19 L18.5 17 L16.5 19 L15 17.5 L17 15.5 Z"),
  COST("M17 6 H10 A3.5 3.5 0 0 0 10 13 H14 A1.5 1.5 0 0 1 14 16 H7 V19 H14 A4.5 4.5 0 0 0 14 10 H10 A0.5 0.5 0 0 1 10 9 H17 Z M10.5 2 H13.5 V6 H10.5 Z M10.5 19 H13.5 V22 H10.5 Z"),
  CLOCK("M12 2 A10 10 0 1 1 11.99 2 Z M12 4 A8 8 0 1 0 12.01 4 Z M11 6 H13 V11.6 L16.5 13.6 L15.5 15.3 L11 12.7 Z"),
  BUG("M8 6.5 A4 4 0 0 1 16 6.5 Z M6 8.5 H18 V14 A6 6 0 0 1 6 14 Z M2 9.5 H5 V11.5 H2 Z M19 9.5 H22 V11.5 H19 Z M2 15.5 H5 V17.5 H2 Z M19 15.5 H22 V17.5 H19 Z"),
  STEP_OVER("M3 12 A9 7 0 0 1 19 7 L21 5 V12 H14 L17.2 8.8 A7 5 0 0 0 5 12 Z M12 16 A2.5 2.5 0 1 1 11.99 16 Z"),
  STEP_INTO("M11 1 H13 V9 L16 6 L17.4 7.4 L12 12.8 L6.6 7.4 L8 6 L11 9 Z M12 16 A2.5 2.5 0 1 1 11.99 16 Z"),
  STEP_OUT("M12 1 L17.4 6.4 L16 7.8 L13 4.8 V12 H11 V4.8 L8 7.8 L6.6 6.4 Z M12 16 A2.5 2.5 0 1 1 11.99 16 Z"),
  ROUTE("M5 3 A3 3 0 1 1 4.99 3 Z M19 15 A3 3 0 1 1 18.99 15 Z M6 7.5 H8 V10 A2 2 0 0 0 10 12 H14 A4 4 0 0 1 18 16 H16 A2 2 0 0 0 14 14 H10 A4 4 0 0 1 6 10 Z");

  /**
   * Two specks at opposite corners of the grid: a region scales its shape to fill it, so without them a minus sign
   * would be stretched into a square.
   */
  private static final String FRAME = " M0 0 H0.01 V0.01 H0 Z M23.99 23.99 H24 V24 H23.99 Z";

  private final String path;

  Icon(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }

  /** The icon as a node of {@code size} pixels. */
  public Region node(double size) {
    SVGPath shape = new SVGPath();
    shape.setContent(path + FRAME);
    Region region = new Region();
    region.setShape(shape);
    region.setScaleShape(true);
    region.setMinSize(size, size);
    region.setPrefSize(size, size);
    region.setMaxSize(size, size);
    region.getStyleClass().add("icon");
    return region;
  }

  public Region node() {
    return node(16);
  }
}
