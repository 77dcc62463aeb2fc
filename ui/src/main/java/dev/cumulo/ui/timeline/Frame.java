package dev.cumulo.ui.timeline;

/** What one frame of the timeline needs, read once from the view model at its start. */
record Frame(TimelineViewModel model, TimelinePalette palette, double width, double height, Viewport view,
    BarFilter filter, CauseChain chain, long now) {
  Frame(TimelineViewModel model, TimelinePalette palette, double width, double height) {
    this(model, palette, width, height, model.viewportProperty().get(), model.filterProperty().get(),
        model.chainProperty().get(), model.now());
  }

  /** The canvas x of {@code time}. */
  double x(double time) {
    return TimelineRenderer.LABEL_WIDTH + view.x(time);
  }
}
