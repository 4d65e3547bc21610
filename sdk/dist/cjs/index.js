"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.schemaTable = exports.buildDocument = exports.NetworkError = exports.GraphQLRequestError = exports.ForbiddenError = exports.DokumentError = exports.AuthenticationError = exports.createClient = void 0;
var client_js_1 = require("./client.js");
Object.defineProperty(exports, "createClient", { enumerable: true, get: function () { return client_js_1.createClient; } });
var errors_js_1 = require("./errors.js");
Object.defineProperty(exports, "AuthenticationError", { enumerable: true, get: function () { return errors_js_1.AuthenticationError; } });
Object.defineProperty(exports, "DokumentError", { enumerable: true, get: function () { return errors_js_1.DokumentError; } });
Object.defineProperty(exports, "ForbiddenError", { enumerable: true, get: function () { return errors_js_1.ForbiddenError; } });
Object.defineProperty(exports, "GraphQLRequestError", { enumerable: true, get: function () { return errors_js_1.GraphQLRequestError; } });
Object.defineProperty(exports, "NetworkError", { enumerable: true, get: function () { return errors_js_1.NetworkError; } });
var select_js_1 = require("./select.js");
Object.defineProperty(exports, "buildDocument", { enumerable: true, get: function () { return select_js_1.buildDocument; } });
var schema_js_1 = require("./generated/schema.js");
Object.defineProperty(exports, "schemaTable", { enumerable: true, get: function () { return schema_js_1.schemaTable; } });
__exportStar(require("./generated/graphql.js"), exports);
__exportStar(require("./webhooks.js"), exports);
