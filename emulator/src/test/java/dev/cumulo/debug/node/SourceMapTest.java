package dev.cumulo.debug.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cumulo.debug.breakpoint.CodeBreakpoint;
import dev.cumulo.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  /** tsc 5's map of the handler in NodeDebuggingTest: dist/handler.js from src/handler.ts. */
  static final String MAP = "{\"version\":3,\"file\":\"handler.js\",\"sourceRoot\":\"\",\"sources\":[\"../src/handler.ts\"],"
      + "\"names\":[],\"mappings\":\";;;AAUO,MAAM,OAAO,GAAG,KAAK,EAAE,KAAY,EAA6C,EAAE;IACvF,MAAM,KAAK,GAAW,KAAK,CAAC,KAAK,"
      + "CAAC,MAAM,CAAC,CAAC,GAAW,EAAE,IAAU,EAAE,EAAE,CAAC,GAAG,GAAG,IAAI,CAAC,KAAK,GAAG,IAAI,CAAC,QAAQ,EAAE,CAAC,"
      + "CAAC,CAAC;IAC3G,MAAM,KAAK,GAAW,SAAS,KAAK,CAAC,EAAE,EAAE,CAAC;IAC1C,OAAO,EAAE,KAAK,EAAE,KAAK,EAAE,CAAC;AAC1B,"
      + "CAAC,CAAC;AAJW,QAAA,OAAO,WAIlB\"}";
  static final Path ROOT = Path.of("/project/typed");

  private static SourceMap map() throws IOException {
    return SourceMap.parse(Json.MAPPER.readTree(MAP), ROOT.resolve("dist"), ROOT.resolve("dist/handler.js"));
  }

  @Test
  void eachTypeScriptLineMapsToItsJavaScriptLineAndBack() throws IOException {
    SourceMap map = map();
    Path ts = ROOT.resolve("src/handler.ts");
    assertEquals(List.of(ts), map.sources());
    assertEquals(Optional.of(new SourceMap.Position(ROOT.resolve("dist/handler.js"), 4, 4)), map.generatedFor(ts, 11));
    assertEquals(Optional.of(new SourceMap.Position(ROOT.resolve("dist/handler.js"), 5, 4)), map.generatedFor(ts, 12));
    assertEquals(12, map.original(5, 4).orElseThrow().line());
    assertEquals(13, map.original(6, 4).orElseThrow().line());
    assertEquals(ts, map.original(6, 20).orElseThrow().file());
  }

  @Test
  void aLineWithoutCodeTakesTheNextLineThatHasSome() throws IOException {
    assertEquals(3, map().generatedFor(ROOT.resolve("src/handler.ts"), 8).orElseThrow().line());
    assertEquals(Optional.empty(), map().generatedFor(ROOT.resolve("src/other.ts"), 1));
  }

  @Test
  void aTypeScriptBreakpointIsSetOnTheGeneratedScript() throws IOException {
    CodeBreakpoint breakpoint = new CodeBreakpoint("1", true, ROOT.resolve("src/handler.ts").toString(), 13,
        Optional.empty(), 1, Optional.empty());
    var params = NodeBreakpoints.parameters(breakpoint, List.of(map())).orElseThrow();
    assertEquals(List.of(5, 4, "^(file:\\/\\/\\/project\\/typed\\/dist\\/handler\\.js|\\/project\\/typed\\/dist\\/handler\\.js)$"),
        List.of(params.get("lineNumber").asInt(), params.get("columnNumber").asInt(), params.get("urlRegex").asText()));
  }

  @Test
  void aLogpointBecomesAConditionThatLogsAndIsFalse() {
    CodeBreakpoint logpoint = new CodeBreakpoint("1", true, "/a.js", 1, Optional.of("n > 1"), 1,
        Optional.of("n is {n}, `quoted`, costs ${price} {{a: 1}.a}"));
    assertEquals("(n > 1) && (console.log(`n is ${n}, \\`quoted\\`, costs \\$${price} ${{a: 1}.a}`), false)",
        NodeBreakpoints.condition(logpoint));
  }
}
