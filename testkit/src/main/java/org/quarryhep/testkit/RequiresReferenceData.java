package org.quarryhep.testkit;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property when {@code ../shared/data} is absent. A JUnit assumption inside a
 * property only rejects single tries, and a property whose every try is rejected fails as
 * exhausted; this hook skips it with a message instead. Under CI (see {@link Requirements}) it does
 * not skip, so the property fails where it reads the missing data. Use with
 * {@code @AddLifecycleHook(RequiresReferenceData.class)}.
 */
public final class RequiresReferenceData implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return ReferenceData.root() == null && !Requirements.ciStrict()
                ? SkipResult.skip("reference data ../shared/data not found; skipping")
                : SkipResult.doNotSkip();
    }
}
