package org.handouts.check;

import org.handouts.config.CheckOptions;

import java.util.List;

/** One check. Rules are stateless, so one instance can check any number of articles. */
public interface Rule {

    /** Stable id used in reports and in {@link CheckOptions#disabledRules()}, e.g. "long-sentence". */
    String id();

    List<Finding> check(CheckContext context);
}
