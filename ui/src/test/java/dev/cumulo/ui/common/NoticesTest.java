package dev.cumulo.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class NoticesTest {
  @Test
  void aListenerKeepsHearingOfNoticesAfterAGarbageCollection() {
    Notices notices = new Notices();
    List<String> heard = new ArrayList<>();
    notices.shown().addListener((ListChangeListener<Notice>) c -> heard.add(notices.shown().get(0).text()));

    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    notices.show(Notice.error("Port 4566 is taken"));

    assertEquals(List.of("Port 4566 is taken"), heard);
  }
}
