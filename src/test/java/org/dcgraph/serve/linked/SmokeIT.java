package org.dcgraph.serve.linked;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeIT {
    @TempDir Path dumps;
    @Test
    void smoke() throws Exception {
        try (BundledGraph g = new BundledGraph(dumps)) {
            for (String p : new String[] {"/id/doc/A/RES/78/311", "/data/doc/A/RES/78/311.ttl", "/data/doc/A/RES/78/311.jsonld", "/page/doc/A/RES/78/311", "/page/doc/A/RES/78/311/op/1", "/page/body/GA", "/.well-known/void", "/sparql", "/", "/akn/un/statement/deliberation/un-ga/2024-07-01/78-311", "/page/doc/A/RES/70/1"}) {
                var r = g.get(p, "Accept", "text/turtle");
                java.nio.file.Files.writeString(Path.of("/tmp/smoke" + p.replace('/', '_') + ".out"), r.statusCode() + " " + r.headers().map() + "\n" + r.body());
            }
        }
    }
}
