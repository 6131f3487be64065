package org.licensetriage.reply;

import org.licensetriage.errors.KnowledgeSources;
import org.licensetriage.keys.KeyAnalyser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the reply texts from the knowledge files at start-up (a broken text stops the start) and wires the writer. */
@Configuration(proxyBeanMethods = false)
class ReplyConfiguration {

    @Bean
    ReplyWriter replyWriter(KnowledgeSources sources, KeyAnalyser analyser) {
        return new ReplyWriter(new ReplyTextsLoader().load(sources), analyser);
    }
}
