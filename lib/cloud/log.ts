/**
 * The small logging surface the cloud code writes to: a message plus flat attributes, one
 * JSON line each when backed by the Powertools logger (Lambda), or quiet in tests.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { ObjectResult } from '../core/pipeline.ts';

export type LogAttributes = Record<string, unknown>;

/** Where the cloud code logs. The Powertools Logger fits it (see {@link powertoolsLog}). */
export interface LogSink {
  debug(message: string, attributes?: LogAttributes): void;
  info(message: string, attributes?: LogAttributes): void;
  warn(message: string, attributes?: LogAttributes): void;
  error(message: string, attributes?: LogAttributes): void;
}

/**
 * One log line per document of a result: `document processed` (id, language, words) or
 * `document rejected` (error_code, reason), each with `extra` (timings, hop) added.
 */
export function logDocuments(log: LogSink, key: string, result: ObjectResult, extra: LogAttributes = {}): void {
  for (const r of result.records) {
    log.info('document processed', {
      event: 'document',
      status: 'processed',
      source_key: key,
      source_part: r.source_part,
      id: r.id,
      language: r.language,
      words: r.word_count,
      ...extra,
    });
  }
  for (const j of result.rejects) {
    log.info('document rejected', {
      event: 'document',
      status: 'rejected',
      source_key: key,
      source_part: j.source_part,
      error_code: j.error_code,
      reason: j.reason,
      ...extra,
    });
  }
}

/** A sink that drops everything. */
export const silentLog: LogSink = { debug() {}, info() {}, warn() {}, error() {} };

/** A sink that keeps every entry (tests). */
export class MemoryLog implements LogSink {
  readonly entries: { level: string; message: string; attributes: LogAttributes }[] = [];
  debug(message: string, attributes: LogAttributes = {}): void {
    this.entries.push({ level: 'debug', message, attributes });
  }
  info(message: string, attributes: LogAttributes = {}): void {
    this.entries.push({ level: 'info', message, attributes });
  }
  warn(message: string, attributes: LogAttributes = {}): void {
    this.entries.push({ level: 'warn', message, attributes });
  }
  error(message: string, attributes: LogAttributes = {}): void {
    this.entries.push({ level: 'error', message, attributes });
  }
}

/**
 * A Powertools logger (structured JSON on stdout, one line per call) as a {@link LogSink}.
 * @param serviceName the `service` field of every line, unless POWERTOOLS_SERVICE_NAME is set
 * @param logLevel TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL or SILENT
 */
export function powertoolsLog(serviceName: string, logLevel = 'INFO'): LogSink & { logger: Logger } {
  const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME || serviceName, logLevel: logLevel as 'INFO' });
  return {
    logger,
    debug: (m, a = {}) => logger.debug(m, a),
    info: (m, a = {}) => logger.info(m, a),
    warn: (m, a = {}) => logger.warn(m, a),
    error: (m, a = {}) => logger.error(m, a),
  };
}
