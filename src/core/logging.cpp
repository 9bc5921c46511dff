#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "hookyard.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "hookyard.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReceiver, "hookyard.receiver", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgents, "hookyard.agents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "hookyard.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "hookyard.gui", QtInfoMsg)
