package org.dcgraph.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/** The graphs a build produced, with what happened to each file and what linking noticed. */
public record BuildResult(Map<String, Model> graphs, List<FileOutcome> outcomes, List<String> notes) {
    public long loadedCount() {
        return outcomes.stream().filter(FileOutcome::loaded).count();
    }

    public long tripleCount() {
        return graphs.values().stream().mapToLong(Model::size).sum();
    }
}
