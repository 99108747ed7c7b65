/**
 * An S3 bucket as a {@link Store} (AWS S3 or any S3-compatible server such as s3rver).
 *
 * Keys are S3 keys exactly (no prefix is added). Listing follows S3's order: UTF-8 byte
 * order of the keys. Every failure is a {@link StoreError} keeping the SDK error as `cause`;
 * a missing key is an {@link ObjectNotFoundError}.
 */
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  type GetObjectCommandOutput,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ObjectNotFoundError, ObjectTooLargeError, type Store, type StoredBody, type StoredObject, StoreError } from './store.ts';

/** How to reach S3. */
export interface S3ClientOptions {
  /**
   * Endpoint of an S3-compatible server (`http://127.0.0.1:4568`). When set, the client uses
   * path-style addressing and computes checksums only when an operation requires them (without
   * that, streamed uploads to non-AWS servers are stored with aws-chunked framing in the data).
   * @default undefined: AWS S3
   */
  endpoint?: string;
  /** @default AWS_REGION, AWS_DEFAULT_REGION, else `us-east-1` */
  region?: string;
}

const LOOPBACK = /^https?:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?(?:\/|$)/i;

/**
 * Make an S3 client. Credentials come from the usual AWS chain; for a loopback endpoint
 * without AWS credentials in the environment, the local server's `S3RVER`/`S3RVER` pair is used.
 * @example makeS3Client({ endpoint: 'http://127.0.0.1:4568' })
 */
export function makeS3Client(options: S3ClientOptions = {}): S3Client {
  const region = options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const config: S3ClientConfig = { region, followRegionRedirects: true };
  if (options.endpoint) {
    config.endpoint = options.endpoint;
    config.forcePathStyle = true;
    config.requestChecksumCalculation = 'WHEN_REQUIRED';
    config.responseChecksumValidation = 'WHEN_REQUIRED';
    if (LOOPBACK.test(options.endpoint) && !process.env.AWS_ACCESS_KEY_ID && !process.env.AWS_PROFILE) {
      config.credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    }
  }
  return new S3Client(config);
}

/** Content-Type for the objects Winnow writes, from the key's extension. */
export function contentTypeFor(key: string): string {
  if (key.endsWith('.jsonl')) return 'application/x-ndjson; charset=utf-8';
  if (key.endsWith('.json')) return 'application/json; charset=utf-8';
  if (key.endsWith('.csv')) return 'text/csv; charset=utf-8';
  if (key.endsWith('.txt')) return 'text/plain; charset=utf-8';
  if (key.endsWith('.html') || key.endsWith('.htm')) return 'text/html; charset=utf-8';
  return 'application/octet-stream';
}

/** True for the SDK's "no such key" answers (GetObject `NoSuchKey`, HEAD/CopyObject 404). */
function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'NoSuchKey' || err?.name === 'NotFound' || err?.Code === 'NoSuchKey' || err?.$metadata?.httpStatusCode === 404;
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = err?.$metadata?.httpStatusCode;
  return `${err?.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}: ${err?.message ?? String(e)}`;
}

/** True for S3's answer to a failed `If-Match` (HTTP 412 PreconditionFailed). */
function isPreconditionFailed(e: unknown): boolean {
  const err = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === 'PreconditionFailed' || err?.Code === 'PreconditionFailed' || err?.$metadata?.httpStatusCode === 412;
}

/** An object opened as a stream by {@link S3Store.openStream}. */
export interface OpenedStream {
  /** The body's byte chunks; stopping the iteration early closes the connection. */
  body: AsyncIterable<Uint8Array>;
  /** ETag without quotes, or null. */
  etag: string | null;
  contentType: string | null;
  /** Content-Length in bytes, or null. */
  size: number | null;
}

/** The object no longer has the ETag the reader asked for (it was uploaded again). */
export class ObjectChangedError extends StoreError {
  constructor(
    key: string,
    readonly expectedEtag: string,
    options?: { cause?: unknown },
  ) {
    super(`object "${key}" changed: its ETag is no longer ${expectedEtag}`, key, options);
    this.name = 'ObjectChangedError';
  }
}

/** Percent-encode a key for `CopySource` (`bucket/key`, each segment URI-encoded). */
function copySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

/** Options of {@link S3Store}. */
export interface S3StoreOptions {
  /** Keys per ListObjectsV2 page (1..1000). @default 1000 */
  pageSize?: number;
  /** Part size of streamed uploads, bytes (>= 5 MiB). @default 5 MiB */
  partSize?: number;
  /** Parts uploaded at once by a streamed upload; memory use is about partSize * queueSize. @default 4 */
  queueSize?: number;
}

/** One S3 bucket behind the {@link Store} interface. */
export class S3Store implements Store {
  private readonly pageSize: number;
  private readonly partSize: number;
  private readonly queueSize: number;

  /**
   * @param client an S3 client (see {@link makeS3Client})
   * @param bucket bucket name
   */
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
    options: S3StoreOptions = {},
  ) {
    this.pageSize = Math.min(1000, Math.max(1, options.pageSize ?? 1000));
    this.partSize = Math.max(5 * 1024 * 1024, options.partSize ?? 5 * 1024 * 1024);
    this.queueSize = Math.max(1, options.queueSize ?? 4);
  }

  /** Every object under `prefix`, page by page (ListObjectsV2), in S3's key order. */
  async *list(prefix = ''): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      let page: ListObjectsV2CommandOutput;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix || undefined, ContinuationToken: token, MaxKeys: this.pageSize }),
        );
      } catch (e) {
        throw new StoreError(`cannot list s3://${this.bucket}/${prefix}: ${describe(e)}`, prefix, { cause: e });
      }
      for (const o of page.Contents ?? []) {
        if (o.Key !== undefined) yield { key: o.Key, size: o.Size ?? 0, ...(o.ETag ? { etag: o.ETag.replace(/"/g, '') } : {}) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async send(key: string): Promise<GetObjectCommandOutput> {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (e) {
      if (isNotFound(e)) throw new ObjectNotFoundError(key, { cause: e, message: `no object s3://${this.bucket}/${key}` });
      throw new StoreError(`cannot read s3://${this.bucket}/${key}: ${describe(e)}`, key, { cause: e });
    }
  }

  /** The object's bytes (the body is read to its end). */
  async get(key: string): Promise<Uint8Array> {
    return (await this.getObject(key)).bytes;
  }

  /**
   * The object's bytes, Content-Type and ETag. Over `maxBytes` (stated length or bytes
   * actually received) the body is destroyed and {@link ObjectTooLargeError} thrown.
   * @throws ObjectNotFoundError, ObjectTooLargeError, StoreError
   */
  async getObject(key: string, options: { maxBytes?: number } = {}): Promise<StoredBody> {
    const out = await this.send(key);
    const body = out.Body as Readable | undefined;
    const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const meta = { contentType: out.ContentType ?? null, etag: out.ETag?.replace(/"/g, '') ?? null };
    if (!body) return { bytes: new Uint8Array(0), ...meta };
    if ((out.ContentLength ?? 0) > max) {
      body.destroy();
      throw new ObjectTooLargeError(key, out.ContentLength ?? 0, max);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of body) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        size += buf.length;
        if (size > max) {
          body.destroy();
          throw new ObjectTooLargeError(key, size, max);
        }
        chunks.push(buf);
      }
    } catch (e) {
      body.destroy();
      if (e instanceof StoreError) throw e;
      throw new StoreError(`reading s3://${this.bucket}/${key} failed: ${describe(e)}`, key, { cause: e });
    }
    return { bytes: Buffer.concat(chunks, size), ...meta };
  }

  /**
   * The object's body as a stream. The caller must read it to the end or destroy it, or the
   * HTTP connection stays taken.
   * @throws ObjectNotFoundError, StoreError
   */
  async getStream(key: string): Promise<Readable> {
    const out = await this.send(key);
    return (out.Body as Readable | undefined) ?? Readable.from([]);
  }

  /**
   * Open the object's body as a stream with its metadata. With `ifMatch`, S3 serves the
   * object only if its ETag is still that one (one consistent version for the whole read);
   * otherwise {@link ObjectChangedError}. The caller must read the body to its end or stop
   * iterating (`break`/`return()` destroys it), or the HTTP connection stays taken.
   * @throws ObjectNotFoundError, ObjectChangedError, StoreError
   */
  async openStream(key: string, options: { ifMatch?: string } = {}): Promise<OpenedStream> {
    let out: GetObjectCommandOutput;
    try {
      out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, IfMatch: options.ifMatch ? `"${options.ifMatch}"` : undefined }),
      );
    } catch (e) {
      if (isNotFound(e)) throw new ObjectNotFoundError(key, { cause: e, message: `no object s3://${this.bucket}/${key}` });
      if (isPreconditionFailed(e)) throw new ObjectChangedError(key, options.ifMatch ?? '', { cause: e });
      throw new StoreError(`cannot read s3://${this.bucket}/${key}: ${describe(e)}`, key, { cause: e });
    }
    const body = (out.Body as Readable | undefined) ?? Readable.from([]);
    const etag = out.ETag?.replace(/"/g, '') ?? null;
    if (options.ifMatch && etag !== null && etag !== options.ifMatch) {
      // a server that ignores If-Match (s3rver does) still must not serve another version
      body.destroy();
      throw new ObjectChangedError(key, options.ifMatch);
    }
    const bucket = this.bucket;
    // Wrap the body so that a read error becomes a StoreError (the message is retried).
    const chunks = (async function* () {
      try {
        for await (const c of body as AsyncIterable<Uint8Array>) yield c;
      } catch (e) {
        throw new StoreError(`reading s3://${bucket}/${key} failed: ${describe(e)}`, key, { cause: e });
      } finally {
        body.destroy();
      }
    })();
    return {
      body: chunks,
      etag,
      contentType: out.ContentType ?? null,
      size: out.ContentLength ?? null,
    };
  }

  /** PutObject; Content-Type from the key's extension unless given. */
  async put(key: string, body: string | Uint8Array, contentType: string = contentTypeFor(key)): Promise<void> {
    try {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
    } catch (e) {
      throw new StoreError(`cannot write s3://${this.bucket}/${key}: ${describe(e)}`, key, { cause: e });
    }
  }

  /**
   * Streamed upload (`@aws-sdk/lib-storage` Upload): one PutObject for bodies under one part,
   * else a multipart upload; memory stays near partSize * queueSize whatever the length.
   * A failed multipart upload is aborted.
   */
  async putStream(key: string, body: Readable, options: { contentType?: string } = {}): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: options.contentType ?? contentTypeFor(key) },
      partSize: this.partSize,
      queueSize: this.queueSize,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (e) {
      body.destroy();
      throw new StoreError(`cannot upload s3://${this.bucket}/${key}: ${describe(e)}`, key, { cause: e });
    }
  }

  /** DeleteObject; S3 answers success for a missing key. */
  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (e) {
      if (isNotFound(e)) return;
      throw new StoreError(`cannot delete s3://${this.bucket}/${key}: ${describe(e)}`, key, { cause: e });
    }
  }

  /** Server-side CopyObject inside the bucket (objects up to 5 GB). */
  async copy(fromKey: string, toKey: string): Promise<void> {
    try {
      await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: copySource(this.bucket, fromKey) }));
    } catch (e) {
      if (isNotFound(e)) throw new ObjectNotFoundError(fromKey, { cause: e, message: `no object s3://${this.bucket}/${fromKey} to copy` });
      throw new StoreError(`cannot copy s3://${this.bucket}/${fromKey} to ${toKey}: ${describe(e)}`, toKey, { cause: e });
    }
  }
}
