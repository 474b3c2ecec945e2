package org.handouts.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** openhtmltopdf's font-metrics cache on a concurrent map, so all render workers can share it. */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return values.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("could not load font metrics for " + k, e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
