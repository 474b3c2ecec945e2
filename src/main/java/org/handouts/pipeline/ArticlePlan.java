package org.handouts.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.handouts.article.Article;
import org.handouts.render.Layout;

/**
 * One article's outputs this build, each up to date or not, and the hash of what preparing it reads
 * (its key in {@link PreparedArticles}).
 */
record ArticlePlan(Article article, List<Output> outputs, String preparedKey) {

    /** One PDF: where it goes, the hash of its inputs, and whether the file on disk already matches it. */
    record Output(Layout layout, Path target, String hash, boolean fresh) { }

    ArticlePlan {
        outputs = List.copyOf(outputs);
    }

    boolean needsRendering() {
        return outputs.stream().anyMatch(o -> !o.fresh());
    }
}
