// Cumulo's runtime client for Node.js functions. It speaks the Lambda Runtime API at $AWS_LAMBDA_RUNTIME_API and
// behaves like AWS's own Node.js runtime: the same handler loading (CommonJS and ES modules, async and callback
// handlers), context object, log format, error shapes and Runtime.* error types.
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const [apiHost, apiPort] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const REQUEST_ID = Symbol.for('aws.lambda.runtime.requestId');

class RuntimeError extends Error {}
const runtimeError = (name) => {
  const type = class extends RuntimeError {};
  type.prototype.name = `Runtime.${name}`;
  return type;
};
const ImportModuleError = runtimeError('ImportModuleError');
const HandlerNotFound = runtimeError('HandlerNotFound');
const MalformedHandlerName = runtimeError('MalformedHandlerName');
const UserCodeSyntaxError = runtimeError('UserCodeSyntaxError');
class UnhandledPromiseRejection extends RuntimeError {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}
UnhandledPromiseRejection.prototype.name = 'Runtime.UnhandledPromiseRejection';

// ---- Runtime API: one keep-alive connection, HTTP/1.1 by hand (the API always answers with a Content-Length) ----
class RuntimeConnection {
  constructor(host, port) {
    this.host = host;
    this.port = Number(port);
    this.socket = null;
    this.buffer = Buffer.alloc(0);
    this.waiting = null;
  }

  request(method, urlPath, body, headers = {}) {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      const data = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
      let head = `${method} ${urlPath} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nContent-Length: ${data.length}\r\n`;
      if (data.length > 0) head += 'Content-Type: application/json\r\n';
      for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
      const socket = this.connected();
      socket.ref();
      socket.write(data.length > 0 ? Buffer.concat([Buffer.from(head + '\r\n'), data]) : head + '\r\n');
    });
  }

  connected() {
    if (this.socket) return this.socket;
    const socket = net.createConnection({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.received(chunk));
    const fail = (error) => {
      this.socket = null;
      this.buffer = Buffer.alloc(0);
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting) waiting.reject(error || new Error('Runtime API connection closed'));
    };
    socket.on('error', fail);
    socket.on('close', () => fail());
    this.socket = socket;
    return socket;
  }

  received(chunk) {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const lines = this.buffer.toString('latin1', 0, end).split('\r\n');
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const colon = lines[i].indexOf(':');
      if (colon > 0) headers[lines[i].substring(0, colon).trim().toLowerCase()] = lines[i].substring(colon + 1).trim();
    }
    const length = Number(headers['content-length'] || 0);
    if (this.buffer.length < end + 4 + length) return;
    const body = this.buffer.toString('utf8', end + 4, end + 4 + length);
    this.buffer = this.buffer.subarray(end + 4 + length);
    const waiting = this.waiting;
    this.waiting = null;
    this.socket.unref();
    if (waiting) waiting.resolve({ status: Number(lines[0].split(' ')[1]), headers, body });
  }
}

const connection = new RuntimeConnection(apiHost, apiPort);
const call = (method, urlPath, body, headers) => connection.request(method, urlPath, body, headers);

const serialize = (value) => {
  try {
    return JSON.stringify(value === undefined ? null : value);
  } catch (err) {
    throw new Error('Unable to stringify response body');
  }
};

function toRapidResponse(error) {
  try {
    if (util.types.isNativeError(error) || (error && typeof error.name === 'string' && typeof error.message === 'string' && typeof error.stack === 'string')) {
      return { errorType: error.name, errorMessage: error.message, trace: error.stack.split('\n') };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch (_) {
    return { errorType: 'handled', errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack' };
  }
}

const postResponse = (id, result) => call('POST', `/2018-06-01/runtime/invocation/${encodeURIComponent(id)}/response`, serialize(result));
const postError = (id, error) => {
  const response = toRapidResponse(error);
  return call('POST', `/2018-06-01/runtime/invocation/${encodeURIComponent(id)}/error`, serialize(response),
    { 'Lambda-Runtime-Function-Error-Type': response.errorType });
};
const postInitError = (error) => {
  const response = toRapidResponse(error);
  return call('POST', '/2018-06-01/runtime/init/error', serialize(response), { 'Lambda-Runtime-Function-Error-Type': response.errorType });
};

// ---- Logging, as the Node.js runtime writes to stdout: time, request id, level, message; newlines become \r ----
function write(level, message, params) {
  const line = `${new Date().toISOString()}\t${globalThis[REQUEST_ID]}\t${level}\t${util.format(message, ...params)}`;
  process.stdout.write(line.replace(/\n/g, '\r') + '\n');
}
const levels = { TRACE: 0, DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4, FATAL: 5 };
const minimum = levels[(process.env.AWS_LAMBDA_LOG_LEVEL || 'TRACE').toUpperCase()] ?? 0;
const logger = (level) => (levels[level] >= minimum ? (message, ...params) => write(level, message, params) : () => {});
console.trace = logger('TRACE');
console.debug = logger('DEBUG');
console.info = logger('INFO');
console.log = console.info;
console.warn = logger('WARN');
console.error = logger('ERROR');
console.fatal = logger('FATAL');

function formatted(error) {
  const err = error instanceof Error ? error : new Error(error);
  try {
    return '\t' + JSON.stringify(err, (_k, v) => {
      if (!(v instanceof Error)) return v;
      const out = Object.assign({ errorType: v.name, errorMessage: v.message, code: v.code }, v);
      if (typeof v.stack === 'string') out.stack = v.stack.split('\n');
      return out;
    });
  } catch (_) {
    return '\t' + JSON.stringify(toRapidResponse(err));
  }
}
const logError = (message, error) => console.error(message, formatted(error));

// ---- Loading the handler, as UserFunction.js in AWS's runtime does ----------------------------------------------
function hasTypeModule(folder) {
  if (folder.endsWith('/node_modules')) return false;
  const pj = path.join(folder, 'package.json');
  if (fs.existsSync(pj)) {
    try {
      return JSON.parse(fs.readFileSync(pj)).type === 'module';
    } catch (e) {
      console.warn(`${pj} cannot be read, it will be ignored for ES module detection purposes.`, e);
      return false;
    }
  }
  const parent = path.resolve(folder, '..');
  return parent === folder ? false : hasTypeModule(parent);
}

const tryRequire = (file) => (fs.existsSync(file) ? require(file) : undefined);
const tryImport = async (file) => (fs.existsSync(file) ? import(pathToFileURL(file).href) : undefined);

async function loadModule(appRoot, moduleRoot, module) {
  const base = path.resolve(appRoot, moduleRoot, module);
  const extensionless = tryRequire(base);
  if (extensionless) return extensionless;
  const esm = fs.existsSync(base + '.js') && hasTypeModule(path.dirname(base + '.js'));
  if (!esm) {
    const loaded = tryRequire(base + '.js');
    if (loaded) return loaded;
  }
  const loaded = (esm && (await tryImport(base + '.js'))) || (await tryImport(base + '.mjs')) || tryRequire(base + '.cjs');
  if (loaded) return loaded;
  return require(require.resolve(module, { paths: [appRoot, moduleRoot] }));
}

async function loadHandler(appRoot, fullHandler) {
  if (fullHandler.includes('..')) {
    throw new MalformedHandlerName(`'${fullHandler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`);
  }
  const handlerString = path.basename(fullHandler);
  const moduleRoot = fullHandler.substring(0, fullHandler.indexOf(handlerString));
  const match = handlerString.match(/^([^.]*)\.(.*)$/);
  if (!match) throw new MalformedHandlerName('Bad handler');
  const [, module, handlerPath] = match;
  let app;
  try {
    app = await loadModule(appRoot, moduleRoot, module);
  } catch (e) {
    if (e instanceof SyntaxError) {
      const wrapped = new UserCodeSyntaxError(e);
      wrapped.stack = `${wrapped.name}: ${e.stack}`;
      throw wrapped;
    }
    if (e.code === 'MODULE_NOT_FOUND') throw new ImportModuleError(e);
    throw e;
  }
  const handler = handlerPath.split('.').reduce((nested, key) => nested && nested[key], app);
  if (!handler) throw new HandlerNotFound(`${fullHandler} is undefined or not exported`);
  if (typeof handler !== 'function') throw new HandlerNotFound(`${fullHandler} is not a function`);
  return handler;
}

// ---- The invocation loop -------------------------------------------------------------------------------------
let onUncaught = (error) => postInitError(error).finally(() => process.exit(129));
let onRejected = (error) => postInitError(error).finally(() => process.exit(128));
let beforeExit = () => {};
process.on('uncaughtException', (error) => {
  logError('Uncaught Exception', error);
  onUncaught(error);
});
process.on('unhandledRejection', (reason) => {
  const error = new UnhandledPromiseRejection(reason);
  logError('Unhandled Promise Rejection', error);
  onRejected(error);
});
process.on('beforeExit', () => beforeExit());

const parseJson = (text, name) => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`Cannot parse ${name} as json: ${err.toString()}`);
  }
};

function invokeOnce(handler, isAsync, next) {
  const headers = next.headers;
  const id = headers['lambda-runtime-aws-request-id'];
  const deadline = Number(headers['lambda-runtime-deadline-ms']);
  globalThis[REQUEST_ID] = id;
  if (headers['lambda-runtime-trace-id']) process.env._X_AMZN_TRACE_ID = headers['lambda-runtime-trace-id'];
  else delete process.env._X_AMZN_TRACE_ID;
  onUncaught = (error) => postError(id, error).finally(() => process.exit(129));
  onRejected = (error) => postError(id, error).finally(() => process.exit(128));

  return new Promise((resolve) => {
    let finished = false;
    let waitsForEmptyLoop = true;
    const complete = (result) => {
      if (finished) return;
      finished = true;
      beforeExit = () => {};
      postResponse(id, result).then(resolve, resolve);
    };
    const fail = (error) => {
      if (finished) return;
      finished = true;
      beforeExit = () => {};
      logError('Invoke Error', error);
      postError(id, error).then(resolve, resolve);
    };
    const callback = (err, result) => {
      if (err !== undefined && err !== null) return fail(err);
      if (!waitsForEmptyLoop) return complete(result);
      beforeExit = () => setImmediate(() => complete(result));
    };
    const context = {
      get callbackWaitsForEmptyEventLoop() { return waitsForEmptyLoop; },
      set callbackWaitsForEmptyEventLoop(value) { waitsForEmptyLoop = value; },
      succeed: (result) => complete(result),
      fail: (err) => fail(err === undefined || err === null ? 'handled' : err),
      done: (err, result) => (err !== undefined && err !== null ? fail(err) : complete(result)),
      functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
      functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
      memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
      logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
      clientContext: parseJson(headers['lambda-runtime-client-context'], 'ClientContext'),
      identity: parseJson(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
      invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
      awsRequestId: id,
      getRemainingTimeInMillis: () => deadline - Date.now(),
    };
    beforeExit = () => {
      if (isAsync) {
        const error = new Error('The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes');
        error.name = 'Runtime.NodeJsExit';
        fail(error);
      } else {
        complete(null);
      }
    };
    try {
      const result = handler(JSON.parse(next.body), context, callback);
      if (result && typeof result.then === 'function') result.then(complete, fail);
    } catch (err) {
      fail(err);
    }
  });
}

async function main() {
  let handler;
  try {
    handler = await loadHandler(process.env.LAMBDA_TASK_ROOT, process.env._HANDLER);
  } catch (error) {
    logError('Uncaught Exception', error);
    await postInitError(error).catch(() => {});
    process.exit(129);
  }
  const isAsync = handler.constructor?.name === 'AsyncFunction';
  for (;;) {
    const next = await call('GET', '/2018-06-01/runtime/invocation/next');
    if (next.status !== 200) {
      process.exit(1);
    }
    await invokeOnce(handler, isAsync, next);
  }
}

main();
