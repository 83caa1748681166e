// The Trygg function's Azure side: a Function App on the Flex Consumption plan (Linux), its storage,
// a system-assigned managed identity, App Service authentication (Easy Auth v2) for Entra ID that
// lets through only tokens for the "Trygg Protected Cases" app registration, CORS for the tenant's
// SharePoint, and the app settings the function reads (functions/protectedCases/azureFunction.ts,
// optionsFromSettings). tests/unit/deploy/infra.test.ts checks that every setting it reads is here.
//
// Deployed by `npm run deploy` (az deployment group create --template-file infra/trygg-function.bicep);
// safe to deploy again. The code is published after it (func azure functionapp publish).
// What the template cannot do (Entra ID roles for the identity, the site permission, the mailbox
// policy) the deploy does with CLI for Microsoft 365 or leaves to the administrator.

@description('The Function App name; its managed identity gets the same display name.')
@minLength(2)
@maxLength(32)
param functionAppName string

@description('Azure region, e.g. swedencentral.')
param location string = resourceGroup().location

@description('The Trygg site, e.g. https://regionexempel.sharepoint.com/sites/trygg.')
param siteUrl string

@description('The shared mailbox the function sends mail from.')
param mailbox string

@description('Application (client) id of the app registration "Trygg Protected Cases".')
param authClientId string

@description('The token audience the web parts ask for: the registration\'s Application ID URI (api://…).')
param allowedAudience string

@description('The Entra ID tenant id.')
param tenantId string = subscription().tenantId

@description('The tenant\'s SharePoint origin, e.g. https://regionexempel.sharepoint.com (CORS).')
param sharePointOrigin string

@description('Other origins the web parts run on (CORS), if any.')
param extraCorsOrigins array = []

@description('Pages the function\'s mails link to; empty: the defaults under the site.')
param inboxPageUrl string = ''
param reportPageUrl string = ''
param riskPageUrl string = ''
param documentsPageUrl string = ''

@description('Node.js version of the Flex Consumption runtime.')
@allowed(['20', '22'])
param nodeVersion string = '22'

@description('Most instances the app scales out to.')
param maximumInstanceCount int = 40

var site = endsWith(siteUrl, '/') ? substring(siteUrl, 0, length(siteUrl) - 1) : siteUrl
var storageName = take('st${toLower(replace(functionAppName, '-', ''))}${uniqueString(resourceGroup().id)}', 24)
var deploymentContainer = 'app-package-${take(toLower(functionAppName), 32)}'

// Built-in roles the identity needs on its own storage (identity-based AzureWebJobsStorage, no keys).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainer
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${functionAppName}-plan'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: concat([sharePointOrigin], extraCorsOrigins)
        supportCredentials: false
      }
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'TRYGG_SITE_URL', value: site }
        { name: 'TRYGG_MAILBOX', value: mailbox }
        { name: 'TRYGG_INBOX_PAGE_URL', value: empty(inboxPageUrl) ? '${site}/SitePages/Inkorg.aspx' : inboxPageUrl }
        { name: 'TRYGG_REPORT_PAGE_URL', value: empty(reportPageUrl) ? '${site}/SitePages/Rapportera.aspx' : reportPageUrl }
        { name: 'TRYGG_RISK_PAGE_URL', value: empty(riskPageUrl) ? '${site}/SitePages/Riskregister.aspx' : riskPageUrl }
        { name: 'TRYGG_DOCUMENTS_PAGE_URL', value: empty(documentsPageUrl) ? '${site}/SitePages/Styrdokument.aspx' : documentsPageUrl }
        { name: 'TRYGG_GOALS_PAGE_URL', value: '${site}/SitePages/Mal.aspx' }
        { name: 'TRYGG_EXERCISES_PAGE_URL', value: '${site}/SitePages/Ovningar.aspx' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: { name: 'node', version: nodeVersion }
    }
  }
  dependsOn: [packageContainer]
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]: {
    name: guid(storage.id, functionApp.id, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// Easy Auth v2: every request needs an Entra ID token for the Trygg Protected Cases registration
// (401 otherwise); the function trusts the principal App Service passes on (x-ms-client-principal).
resource auth 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true, runtimeVersion: '~1' }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          // The v1 issuer form with /v2.0 accepts both v1 and v2 access tokens of the tenant.
          openIdIssuer: 'https://sts.windows.net/${tenantId}/v2.0'
          clientId: authClientId
        }
        validation: {
          allowedAudiences: [allowedAudience, authClientId]
        }
      }
    }
    login: { tokenStore: { enabled: false } }
  }
}

output functionUrl string = 'https://${functionApp.properties.defaultHostName}/api'
output principalId string = functionApp.identity.principalId
